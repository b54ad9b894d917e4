package org.longarm.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code incidents [--type T] [--since D] [--until D] [--query Q]}: a table of stored incidents. */
@Command(name = "incidents",
        description = "Lists stored incidents as a table: id, type, status, place, time, articles, first mention.")
final class IncidentsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--type", paramLabel = "T", description = "Only this type (any case): ${COMPLETION-CANDIDATES}.")
    IncidentType type;

    @Option(names = "--since", paramLabel = "D", converter = IsoDate.class,
            description = "Only incidents that may have happened on or after this date (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "D", converter = IsoDate.class,
            description = "Only incidents that may have happened on or before this date (YYYY-MM-DD).")
    LocalDate until;

    @Option(names = "--query", paramLabel = "Q",
            description = "Only incidents whose mentions, perpetrator, targets or place contain this text (any case).")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IncidentFilter filter;
        try {
            filter = new IncidentFilter(type, since, until, query);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Incident> all;
        try (Store store = data.openExisting()) {
            all = store.incidents();
        }
        List<Incident> shown = all.stream().filter(filter).toList();
        spec.commandLine().getOut().print(IncidentTable.render(shown));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("longarm: " + IncidentTable.count(shown.size())
                + (shown.size() == all.size() ? "" : " of " + all.size()));
        return 0;
    }
}
