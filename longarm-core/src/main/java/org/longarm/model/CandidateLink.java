package org.longarm.model;

/**
 * A link the linker found close but not strong enough to merge two incidents: the other incident and the score,
 * kept so that a reviewer can confirm or reject it.
 */
public record CandidateLink(String incident, double score) {
    public CandidateLink {
        Checks.notBlank(incident, "incident");
    }
}
