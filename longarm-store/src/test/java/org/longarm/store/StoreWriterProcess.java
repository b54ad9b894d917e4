package org.longarm.store;

import java.nio.file.Path;
import org.longarm.model.ArticleResult;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.store.testkit.ArticleResultBuilder;

/**
 * The victim of {@link KilledWriterTest}: a JVM that saves articles in a loop, rewriting each id again and again
 * with a new version, and prints {@code saved N} after each commit, until it is killed (or 30 s pass).
 */
public final class StoreWriterProcess {
    static final int IDS = 40;

    private StoreWriterProcess() {}

    public static void main(String[] args) {
        long until = System.nanoTime() + 30_000_000_000L;
        Store store = Store.open(Path.of(args[0]));
        for (int i = 0; System.nanoTime() < until; i++) {
            store.save(expected(String.format("a%02d", i % IDS), i / IDS));
            System.out.println("saved " + i);
            System.out.flush();
        }
        store.close();
    }

    /** Version {@code version} of article {@code id}: its text, incidents and mentions all depend on both. */
    static ArticleResult expected(String id, int version) {
        StringBuilder text = new StringBuilder();
        int incidents = 1 + (id.hashCode() + version) % 4;
        ArticleResultBuilder b = ArticleResultBuilder.article(id).pipeline("v" + version).cites("Outlet " + version);
        for (int k = 0; k < incidents; k++) {
            text.append("Filler sentence number ").append(k).append(" of version ").append(version).append(". ")
                    .append("x".repeat(4000)).append(" Agents seized person ").append(k).append(" on day ")
                    .append(version).append(". ");
        }
        b.text(text.toString());
        for (int k = 0; k < incidents; k++) {
            b.mentioning(IncidentType.ABDUCTION, Status.COMPLETED, "seized person " + k + " on day " + version + ".");
        }
        return b.build();
    }

    static int version(ArticleResult stored) {
        return Integer.parseInt(stored.pipelineVersion().substring(1));
    }
}
