package org.longarm.pack;

import java.util.List;
import org.longarm.model.Checks;

/** A state body, leader, state or host-state organ that can act in an incident (actors.tsv). */
public record Actor(String name, Kind kind, String state, List<String> aliases) {
    public enum Kind { BODY, LEADER, STATE, HOST }

    public Actor {
        Checks.notBlank(name, "name");
        Checks.check(state.matches("[A-Z]{3}"), "state must be alpha-3, was '" + state + "'");
        aliases = List.copyOf(aliases);
    }

    /** Specific bodies beat leaders, leaders beat the state as a whole, when one incident names several. */
    public int specificity() {
        return switch (kind) {
            case BODY, HOST -> 3;
            case LEADER -> 2;
            case STATE -> 1;
        };
    }
}
