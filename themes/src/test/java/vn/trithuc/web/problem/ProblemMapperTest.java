package vn.trithuc.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void domainProblemsKeepTheirTypeStatusAndExtensions() {
        ProblemException conflict = new ProblemException("edit-conflict", 409, "Edit conflict",
                "Someone else changed the same paragraph.", Map.of("baseRevision", 41L));

        Problem problem = ProblemMapper.toProblem(conflict, "/api/spaces/general/articles/ha-noi");

        assertThat(problem.type()).hasToString("https://trithuc.vn/problems/edit-conflict");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.errorId()).isNull();
        assertThat(problem.toJson().toString())
                .contains("\"baseRevision\":41", "\"instance\":\"/api/spaces/general/articles/ha-noi\"");
    }

    @Test
    void unexpectedFailuresBecomeA500WithAnErrorIdAndNoInternals() {
        Problem problem = ProblemMapper.toProblem(new IllegalStateException("password=secret in jdbc url"), "/api/x");

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).hasToString("https://trithuc.vn/problems/server-error");
        assertThat(problem.errorId()).isNotBlank();
        assertThat(problem.toJson().toString()).doesNotContain("secret", "IllegalStateException")
                .contains(problem.errorId());
    }

    @Test
    void recordsAndListsInExtensionsBecomeJson() {
        Problem problem = new Problem(java.net.URI.create("https://trithuc.vn/problems/invalid-input"), 400, "Invalid input",
                null, null, null, Map.of("errors", java.util.List.of(new ConstraintViolationMapper.FieldError("title", "must not be blank"))));

        assertThat(problem.toJson().toString()).contains("\"errors\":[{\"field\":\"title\",\"message\":\"must not be blank\"}]");
    }
}
