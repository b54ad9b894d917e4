package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Incident;
import org.longarm.search.SearchIndex;
import org.longarm.search.SearchQuery;
import org.longarm.store.Store;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void serveIsACommandWithLoopbackByDefault() {
        Cli.Run help = Cli.run("serve", "--help");
        assertEquals(0, help.status(), help.toString());
        assertTrue(help.out().contains("--host") && help.out().contains("127.0.0.1"), help.out());
        assertTrue(help.out().contains("--port") && help.out().contains("8080"), help.out());
        assertTrue(Cli.run("--help").out().contains("serve"));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000", "--data", tmp.toString());
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains("--port"), run.toString());
    }

    @Test
    void importLeavesTheSearchIndexInStepWithTheStore() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ObjectMapper json = new ObjectMapper();
        Files.writeString(in.resolve("s1.json"), json.writeValueAsString(json.createObjectNode().put("id", "s1")
                .put("outlet", "Example Wire").put("published", "2019-04-16").put("title", "t")
                .put("text", "SEOUL, April 16 (Example Wire) -- Agents of North Korea's Ministry of State Security abducted"
                        + " a defector in Shenyang last month, a South Korean official said on Tuesday.")), StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        Cli.Run run = Cli.run("import", in.toString(), "--data", data.toString());
        assertEquals(0, run.status(), run.toString());
        List<Incident> incidents;
        try (Store store = Store.open(data)) {
            incidents = store.incidents();
        }
        assertFalse(incidents.isEmpty(), "the fixture article reports an incident");
        assertTrue(SearchIndex.inStep(data, incidents), "import rebuilt DATA/index from the new incidents");
        try (SearchIndex index = SearchIndex.open(data, incidents)) {
            assertEquals(incidents.size(), index.search(new SearchQuery(null, null, null, null, null, "Shenyang", 0, 10)).total());
        }
    }
}
