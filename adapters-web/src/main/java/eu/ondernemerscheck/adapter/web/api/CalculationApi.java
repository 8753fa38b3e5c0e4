package eu.ondernemerscheck.adapter.web.api;

import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.domain.catalogue.UnknownSchemeException;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public calculation API, version 1 (calculation-api.md): one situation's facts in, the figures out with their
 * explanation and the rate version. Stateless: it stores nothing and reads no client data.
 */
@RestController
class CalculationApi {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Set<String> REQUEST_FIELDS = Set.of("scheme", "year", "inputs");
    private static final Logger LOG = LoggerFactory.getLogger(CalculationApi.class);

    private final CalculateUseCase calculate;
    private final ListSchemesUseCase schemes;

    CalculationApi(CalculateUseCase calculate, ListSchemesUseCase schemes) {
        this.calculate = calculate;
        this.schemes = schemes;
    }

    @Operation(summary = "Compute one scheme for one year",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ApiDocumentation.CalculationRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The figures with explanation and rate version",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = ApiDocumentation.CalculationResponse.class))),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON", content = @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class))),
                    @ApiResponse(responseCode = "404", description = "Unknown scheme", content = @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class))),
                    @ApiResponse(responseCode = "413", description = "Body over 64 KiB", content = @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class))),
                    @ApiResponse(responseCode = "415", description = "Not JSON", content = @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class))),
                    @ApiResponse(responseCode = "422", description = "Invalid inputs (every field named) or no "
                            + "rates for that year", content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class))),
                    @ApiResponse(responseCode = "429", description = "Too many requests from this address",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ApiDocumentation.ProblemDocument.class)))})
    @PostMapping(path = "/api/v1/calculations", produces = {MediaType.APPLICATION_JSON_VALUE,
            "application/problem+json"})
    void calculate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseEntity<byte[]> answer;
        try {
            answer = answer(request);
        } catch (RuntimeException e) {
            LOG.error("Calculation failed unexpectedly", e);
            answer = Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Interne fout",
                    "De berekening kon door een interne fout niet worden uitgevoerd. Probeer het later opnieuw.");
        }
        write(answer, response);
    }

    /**
     * Writes the answer as Spring MVC's byte-array conversion did (status, headers, the content type as set, the
     * length, the bytes), without its return-value handling and content negotiation on every request: the mapping's
     * {@code produces} still decides which requests reach this method, and every answer carries its content type.
     */
    static void write(ResponseEntity<byte[]> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        MediaType type = answer.getHeaders().getContentType();
        if (type != null) {
            response.setContentType(type.toString());
        }
        byte[] body = answer.getBody();
        if (body == null) {
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request) {
        if (!isJson(request.getContentType())) {
            return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Geen JSON",
                    "Stuur de aanvraag als JSON met Content-Type: application/json.");
        }
        byte[] body = readAtMost(request, MAX_BODY_BYTES);
        if (body == null) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Aanvraag te groot",
                    "Een aanvraag mag hoogstens 64 KiB groot zijn.");
        }
        Object parsed;
        try {
            parsed = ApiJson.MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            return Problem.of(HttpStatus.BAD_REQUEST, "malformed-json", "Onleesbare JSON",
                    "De aanvraag is geen geldige JSON" + where(e.getLocation()) + ".");
        }
        if (!(parsed instanceof Map<?, ?> raw)) {
            return Problem.of(HttpStatus.BAD_REQUEST, "malformed-json", "Onleesbare JSON",
                    "De aanvraag moet een JSON-object zijn met scheme, year en inputs.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) raw;
        List<FieldError> errors = new ArrayList<>();
        for (String key : top.keySet()) {
            if (!REQUEST_FIELDS.contains(key)) {
                errors.add(new FieldError(key, "Onbekend veld; een aanvraag kent alleen scheme, year en inputs."));
            }
        }
        if (!(top.get("scheme") instanceof String scheme) || scheme.isBlank()) {
            errors.add(new FieldError("scheme", "Verplicht: de code van de regeling, bijvoorbeeld nl-kia."));
            return Problem.invalid("De aanvraag bevat ongeldige velden.", errors);
        }
        Integer year = year(top.get("year"), errors);
        Object inputsRaw = top.get("inputs");
        Map<String, Object> inputs = Map.of();
        if (inputsRaw instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) m;
            inputs = typed;
        } else if (inputsRaw != null) {
            errors.add(new FieldError("inputs", "Verwacht een object met de invoer van de regeling."));
        }
        try {
            if (!errors.isEmpty()) {
                errors.addAll(calculate.checkInputs(scheme, inputs));
                return Problem.invalid("De aanvraag bevat ongeldige velden.", errors);
            }
            Outcome outcome = calculate.calculate(new CalculateCommand(scheme, year, inputs));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures(outcome));
        } catch (UnknownSchemeException e) {
            return Problem.of(HttpStatus.NOT_FOUND, "unknown-scheme", "Onbekende regeling",
                    "Er is geen regeling '" + abbreviated(scheme) + "'. GET /api/v1/schemes toont de regelingen.");
        } catch (InvalidInputException e) {
            return Problem.invalid("De invoer bevat ongeldige velden.", e.errors());
        } catch (MissingRateException e) {
            return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "no-rates", "Geen tarieven voor dit jaar",
                    e.getMessage(), List.of(new FieldError("year", e.getMessage())),
                    org.springframework.http.HttpHeaders.EMPTY);
        }
    }

    @Operation(summary = "The schemes, their inputs and outputs, and the years with rates and their status")
    @GetMapping(path = "/api/v1/schemes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> schemes() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SchemeOverview s : schemes.listSchemes()) {
            list.add(scheme(s));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rates_version", schemes.rateVersion());
        body.put("schemes", list);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ApiJson.MAPPER.writeValueAsBytes(body));
    }

    /**
     * The figures as JSON, written field by field in the contract's order: the same bytes a map of maps gave, without
     * building the maps first (docs/performance.md, "Calculation API", third round).
     */
    private static byte[] figures(Outcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = ApiJson.MAPPER.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringProperty("scheme", outcome.scheme());
            json.writeNumberProperty("year", outcome.year());
            json.writePOJOProperty("outputs", outcome.outputs());
            json.writeArrayPropertyStart("explanation");
            for (ExplanationStep s : outcome.explanation()) {
                json.writeStartObject();
                json.writeStringProperty("step", s.step());
                json.writeStringProperty("value", s.value());
                json.writeStringProperty("reference", s.reference());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectPropertyStart("rates");
            json.writeStringProperty("version", outcome.rateVersion());
            json.writeStringProperty("status", outcome.status().code());
            json.writeStringProperty("source", outcome.sourceSummary());
            json.writeEndObject();
            json.writeArrayPropertyStart("warnings");
            for (String warning : outcome.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> scheme(SchemeOverview overview) {
        SchemeDefinition d = overview.definition();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scheme", d.id());
        s.put("country", d.country().name());
        s.put("title", d.title());
        s.put("summary", d.summary());
        s.put("year_means", d.yearMeaning());
        s.put("inputs", d.inputs().stream().map(CalculationApi::input).toList());
        s.put("outputs", d.outputs().stream().map(CalculationApi::output).toList());
        s.put("years", overview.years().entrySet().stream()
                .map(e -> Problem.ordered("year", e.getKey(), "status", e.getValue().code())).toList());
        return s;
    }

    private static Map<String, Object> input(InputField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", f.type().name().toLowerCase(java.util.Locale.ROOT));
        m.put("required", f.required());
        m.put("default", f.defaultValue());
        m.put("label", f.label());
        m.put("help", f.help());
        if (!f.options().isEmpty()) {
            m.put("options", f.options().stream().map(InputField.Option::value).toList());
        }
        if (!f.itemFields().isEmpty()) {
            m.put("item_fields", f.itemFields().stream().map(CalculationApi::input).toList());
        }
        return m;
    }

    private static Map<String, Object> output(OutputField f) {
        return Problem.ordered("name", f.name(), "kind", f.kind().name().toLowerCase(java.util.Locale.ROOT),
                "label", f.label());
    }

    private static Integer year(Object raw, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError("year", "Verplicht: het kalenderjaar waarvoor u rekent."));
            return null;
        }
        BigInteger whole = raw instanceof BigInteger b ? b
                : raw instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact() : null;
        if (whole == null || whole.compareTo(BigInteger.valueOf(1900)) < 0
                || whole.compareTo(BigInteger.valueOf(2200)) > 0) {
            errors.add(new FieldError("year", "Verwacht een jaartal tussen 1900 en 2200."));
            return null;
        }
        return whole.intValueExact();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The body, or null when it is longer than the limit; reads no further than one byte past it. */
    private static byte[] readAtMost(HttpServletRequest request, int limit) {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] data = in.readNBytes(limit + 1);
            return data.length > limit ? null : data;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
    }

    private static String abbreviated(String s) {
        String clean = s.replaceAll("[^a-zA-Z0-9._-]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
