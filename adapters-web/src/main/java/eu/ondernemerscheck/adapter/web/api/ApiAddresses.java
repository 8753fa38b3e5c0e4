package eu.ondernemerscheck.adapter.web.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every request under {@code /api/v1/} that no address of the API takes gets a problem document here: an unknown
 * address 404, a method the address does not take 405 with the methods it does, an {@code Accept} without JSON 406.
 * Without it such a request fell through to the screens, which answered with a redirect to the login page or an HTML
 * page and a session cookie, where a machine caller needs a status it can act on and the API stays stateless.
 */
@Hidden
@RestController
class ApiAddresses {

    /** The API's addresses with the one method each takes (HEAD goes with GET). */
    private static final Map<String, HttpMethod> METHOD_OF = Map.of(
            "/api/v1/calculations", HttpMethod.POST,
            "/api/v1/schemes", HttpMethod.GET);

    // not OPTIONS: Spring MVC answers that itself with the methods an address takes, as it did before
    @RequestMapping(path = "/api/v1/**", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CalculationApi.write(answer(request.getRequestURI().substring(request.getContextPath().length()),
                HttpMethod.valueOf(request.getMethod())), response);
    }

    static ResponseEntity<byte[]> answer(String path, HttpMethod method) {
        HttpMethod allowed = METHOD_OF.get(path);
        if (allowed == null) {
            return Problem.of(HttpStatus.NOT_FOUND, "unknown-address", "Onbekend adres",
                    "De API heeft geen adres " + path + ". De adressen staan in /v3/api-docs.");
        }
        if (!takes(allowed, method)) {
            HttpHeaders allow = new HttpHeaders();
            allow.setAllow(allowed.equals(HttpMethod.GET) ? Set.of(HttpMethod.GET, HttpMethod.HEAD) : Set.of(allowed));
            return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Methode niet toegestaan",
                    "Dit adres neemt alleen " + allowed.name() + ".", List.of(), allow);
        }
        return Problem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Alleen JSON",
                "Dit adres antwoordt alleen met JSON: vraag application/json of application/problem+json "
                        + "in de Accept-header, of laat die weg.");
    }

    private static boolean takes(HttpMethod allowed, HttpMethod method) {
        return allowed.equals(method) || (allowed.equals(HttpMethod.GET) && method.equals(HttpMethod.HEAD));
    }
}
