/**
 * Full-text search and facets over the stored incidents: a Lucene index in {@code DATA/index}, rebuilt from the
 * store after every import and whenever it is missing or out of step. Front door: {@link org.longarm.search.SearchIndex}.
 */
package org.longarm.search;
