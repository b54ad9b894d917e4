package org.longarm.extract.time;

/**
 * The unit a time expression names: a day ("Aug. 22", "yesterday"), an ISO week ("last week"), a month or a
 * part of one ("in June", "mid-March"), a season, a year or a part of one ("late 2011"), a decade or a part of one
 * ("the late 1990s"), or a vague stretch whose bounds are our convention ("recently", "several weeks ago").
 */
public enum Granularity { DAY, WEEK, MONTH, SEASON, YEAR, DECADE, VAGUE }
