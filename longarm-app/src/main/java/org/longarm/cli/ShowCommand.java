package org.longarm.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.longarm.model.Incident;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code show ID}: one incident with its values, mentions, spans, attributions and per-article reports. */
@Command(name = "show",
        description = "Shows one incident with everything it rests on: its mentions (article, offsets, text, status,"
            + " hedge, attribution, trigger) and each article's own reading.",
        footer = {"", "Exit status: 0 shown, 1 no incident with that id (a message on standard error), 2 usage error."})
final class ShowCommand implements Callable<Integer> {
    static final int NOT_FOUND = 1;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "ID", description = "The incident's id, as listed by 'longarm incidents'.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Incident> incident;
        try (Store store = data.openExisting()) {
            incident = store.incident(id);
        }
        if (incident.isEmpty()) throw new UserError("no incident with id '" + id + "' in " + data.dir(), NOT_FOUND);
        spec.commandLine().getOut().print(IncidentReport.render(incident.get()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
