/**
 * {@code longarm serve}: the REST API v1 (FORMATS.md) under {@code /api/}, Atom feeds under {@code /feeds/} and the
 * web UI at {@code /}, all served from this process with no outside assets. Front door: {@link org.longarm.server.Server}.
 * Reads are open on loopback; every write needs the API token ({@link org.longarm.server.ApiToken}).
 */
package org.longarm.server;
