package org.longarm.extract;

import org.longarm.pack.Actor;

/** An actor named in the text: offsets (UTF-16, end exclusive), as written, and the pack's actor. */
record ActorMention(int start, int end, String text, Actor actor) {}
