package org.longarm.model;

public enum TargetKind { PERSON, GROUP }
