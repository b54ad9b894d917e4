package org.longarm.extract;

import org.longarm.model.Attribution;

/**
 * The attribution of a sentence and the tokens of its reporting clause (first..last inclusive; -1 when the
 * sentence has none), which are left out of the evidence and of the search for actors, places and times.
 */
record SourceClause(Attribution attribution, int first, int last) {
    static final SourceClause NONE = new SourceClause(Attribution.AUTHOR, -1, -1);

    boolean covers(int tokenIndex) {
        return first >= 0 && tokenIndex >= first && tokenIndex <= last;
    }
}
