package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutletNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SEOUL, Jan. 7 (Yonhap) \u2013 Officials said|Yonhap",
            "WASHINGTON (AP) \u2014 A court ruled|Associated Press",
            "BEIJING (Reuters) - Police said|Reuters",
            "TOKYO, May 2 (AFP)--Two men|Agence France-Presse",
            "Some headline          Jane Roe The Telegraph April 16, 2019|The Telegraph",
            "By Jane Roe, Korea JoongAng Daily|Korea JoongAng Daily",
            "Headline\\nStaff Writer, The Korea Herald, 2019-01-02\\nBody|The Korea Herald",
    })
    void findsTheOutletOfACreditLineOrByline(String text, String outlet) {
        assertEquals(outlet, OutletNames.defaults().find(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A photo (courtesy of The Dong-A Ilbo) showed the harbour.",
            "Reuters reported last year that the men had left.",
            "The agency (KCNA) said nothing more.",
    })
    void ignoresOutletsThatAreOnlyMentioned(String text) {
        assertNull(OutletNames.defaults().find(text));
    }

    @Test
    void prefersTheLongestNameAndTheLastBeforeTheDate() {
        OutletNames names = new OutletNames(OutletNames.parse(List.of("The Times", "The New York Times | NYT", "Reuters")));
        assertEquals("The New York Times", names.find("Reuters story retold   The New York Times May 1, 2020"));
    }

    @Test
    void parsesCanonicalNamesAliasesAndComments() {
        Map<String, String> m = OutletNames.parse(List.of("# comment", "", "Canon | Alias One |Alias Two # trailing"));
        assertEquals(Map.of("Canon", "Canon", "Alias One", "Canon", "Alias Two", "Canon"), m);
    }
}
