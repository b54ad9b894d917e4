package org.longarm.model;

/** What the report says happened (ONTOLOGY.md). A hedge never changes it. */
public enum Status { ORDERED, PLANNED, ATTEMPTED, COMPLETED, FOILED, ONGOING }
