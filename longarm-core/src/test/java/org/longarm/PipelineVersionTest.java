package org.longarm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pipeline version is derived: the code's version from the build, not a literal. */
class PipelineVersionTest {
    @Test
    void theCodeVersionComesFromTheBuild() {
        assertTrue(Pipeline.VERSION.matches("longarm-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Pipeline.VERSION);
    }
}
