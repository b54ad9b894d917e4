/** Scoring against a gold set: a faithful Java port of {@code shared/eval/score.py}. */
package org.longarm.eval;
