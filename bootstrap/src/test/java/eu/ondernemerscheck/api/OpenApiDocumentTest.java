package eu.ondernemerscheck.api;

import eu.ondernemerscheck.support.IntegrationTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's OpenAPI document is served, parses and validates, and its readable page is reachable without login. */
@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentValidatesAndDescribesBothOperations() {
        HttpResponse<String> r = new ApiClient(port).get("/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);

        SwaggerParseResult parsed = new OpenAPIParser().readContents(r.body(), null, null);
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/calculations", "/api/v1/schemes");
        assertThat(r.body()).contains("nl-kia", "be-company-car-benefit");
    }

    @Test
    void theReadablePageIsPublic() {
        HttpResponse<String> r = new ApiClient(port).get("/swagger-ui/index.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("swagger");
    }
}
