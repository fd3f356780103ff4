package dev.deliberate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every library the tool ships with may be given away under the project's Apache-2.0 licence: the
 * SBOM that the build writes before the tests (META-INF/sbom/application.cdx.json) names each
 * one's licences, and at least one of them must be on the list below.
 */
class DependencyLicencesTests {

    /**
     * Permissive licences, the weak copyleft ones a library may be used under unchanged (EPL, MPL,
     * LGPL through a dual licence), and MySQL Connector/J's GPL with the Universal FOSS Exception,
     * which lets projects under an OSI licence such as Apache-2.0 use it.
     */
    private static final Set<String> FITTING = Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC0-1.0",
            "EPL-1.0", "EPL 1.0", "EPL-2.0", "MPL-2.0", "The GNU General Public License, v2 with Universal FOSS Exception, v1.0");

    @Test
    void everyShippedLibraryHasALicenceThatFitsApache2() throws IOException {
        JsonNode bom;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/sbom/application.cdx.json")) {
            assertThat(in).as("the SBOM the build writes before the tests").isNotNull();
            bom = JsonMapper.builder().build().readTree(in);
        }
        Map<String, Integer> byLicence = new TreeMap<>();
        List<String> unfitting = new ArrayList<>();
        for (JsonNode component : bom.path("components")) {
            List<String> licences = new ArrayList<>();
            for (JsonNode entry : component.path("licenses")) {
                JsonNode licence = entry.path("license");
                licences.add(licence.has("id") ? licence.path("id").asString() : licence.path("name").asString());
            }
            byLicence.merge(String.join(" or ", licences), 1, Integer::sum);
            if (licences.stream().noneMatch(FITTING::contains)) {
                unfitting.add(component.path("group").asString() + ":" + component.path("name").asString() + " " + licences);
            }
        }
        System.out.println("Shipped libraries by licence: " + byLicence);

        assertThat(bom.path("components").size()).isGreaterThan(50);
        assertThat(unfitting).as("libraries without a licence that fits Apache-2.0").isEmpty();
    }
}
