/** Time expressions of English news text as intervals of ISO dates normalized against the publication date. */
package org.longarm.extract.time;
