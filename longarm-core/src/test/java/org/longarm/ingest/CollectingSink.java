package org.longarm.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.longarm.model.Article;

/** A sink that keeps what it receives, for assertions. */
class CollectingSink implements IngestSink {
    final List<Article> articles = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(IngestProblem problem) {
        problems.add(problem);
    }

    Article only() {
        if (articles.size() != 1 || !problems.isEmpty()) {
            throw new AssertionError("expected one article and no problems, got " + articles.size() + " articles and "
                    + problems);
        }
        return articles.get(0);
    }

    IngestProblem onlyProblem() {
        if (problems.size() != 1) throw new AssertionError("expected one problem, got " + problems + " and "
                + articles.size() + " articles");
        return problems.get(0);
    }

    String problemText() {
        return problems.stream().map(IngestProblem::toString).collect(Collectors.joining("\n"));
    }
}
