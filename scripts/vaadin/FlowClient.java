import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab as Vaadin Flow 25's own client engine speaks to the server, over real HTTP: the bootstrap page, then
 * {@code ?v-r=init} (UI id, security key, first state), then {@code ?v-r=uidl} messages with RPCs, each carrying the
 * last server sync id and the next client message id, as flow-client does. It keeps the state tree the server sends
 * (node id → properties, attributes, listeners and children) so a script can find fields by tag and label. Cookies:
 * only the session cookie, held per client, so many clients share one {@link HttpClient} without sharing a session.
 * Every request carries {@code load=<tag>} in its query (the server ignores it) so the access log can tell kinds apart.
 */
final class FlowClient {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String sessionId;
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    final Map<Integer, Map<String, Object>> nodes = new HashMap<>();
    final Map<Integer, List<Integer>> children = new HashMap<>();
    /** The JavaScript calls the last response asked the client to run: arguments, then the script. */
    final List<List<Object>> executed = new ArrayList<>();

    FlowClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        URI uri = URI.create(this.base);
        if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("load only a server on this machine");
        }
    }

    static HttpClient newHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Another tab in the same browser: the same session, a UI of its own once opened. */
    FlowClient newTab() {
        FlowClient tab = new FlowClient(http, base);
        tab.sessionId = sessionId;
        return tab;
    }

    /** Signs in through the login form (POST with the page's CSRF token and the session cookie). */
    void signIn(String email, String password) throws IOException, InterruptedException {
        String page = get("login", "login-page").body();
        Matcher m = CSRF_META.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + r.statusCode() + " " + location);
        }
    }

    /**
     * Signs in an account that has not set up its authenticator yet: password, then on the second-factor page the
     * secret shown, the current code for it, and the recovery codes acknowledged; the session id changes at the end.
     */
    void signInEnrolling(String email, String password) throws Exception {
        signInEnrolling(email, password, "portefeuille");
    }

    /** The same, asking for {@code route} first (the set-up is shown instead of any screen until it is done). */
    void signInEnrolling(String email, String password, String route) throws Exception {
        signIn(email, password);
        open(route);
        int secret = nodes.entrySet().stream().filter(e -> "totp-secret".equals(e.getValue().get("id")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no authenticator set-up shown for " + email));
        int code = find("vaadin-text-field", n -> true).getFirst();
        setProperty("enrol-code", code, "value", AuthenticatorCode.now(textOf(secret)));
        click("enrol-confirm", button("Bevestigen"));
        click("enrol-done", button("Ik heb de herstelcodes bewaard"));
    }

    /** The text of an element: the text nodes below it, in order. */
    String textOf(int node) {
        StringBuilder out = new StringBuilder();
        Object text = property(node, "text");
        if (text != null) {
            out.append(text);
        }
        for (int child : childrenOf(node)) {
            out.append(textOf(child));
        }
        return out.toString();
    }

    int button(String text) {
        return find("vaadin-button", n -> true).stream().filter(b -> textOf(b).strip().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button " + text));
    }

    /** A click as the browser reports it: the event with the mouse details the server asked for. */
    Map<String, Object> click(String tag, int node) throws IOException, InterruptedException {
        return rpc(tag, "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":10,\"event.screenX\":10}}");
    }

    /** Opens {@code route} as a browser does: bootstrap page, init request, then the navigation event. */
    Map<String, Object> open(String route) throws IOException, InterruptedException {
        nodes.clear();
        children.clear();
        get(route, "page");
        String init = get("?v-r=init&location=" + enc(route) + "&query=", "init").body();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) Json.parse(init)).get("appConfig");
        uiId = ((Number) config.get("v-uiId")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> uidl = (Map<String, Object>) config.get("uidl");
        securityKey = (String) uidl.get("Vaadin-Security-Key");
        apply(uidl);
        return rpc("navigate", "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + Json.quote(route) + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}");
    }

    /** A property the browser synchronises (a field's value), as the client engine sends it. */
    Map<String, Object> setProperty(String tag, int node, String property, String value)
            throws IOException, InterruptedException {
        return rpc(tag, "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":"
                + Json.quote(property) + ",\"value\":" + Json.quote(value) + "}");
    }

    /** A call of a method the server published to the element ({@code element.$server.name(args)}). */
    Map<String, Object> callServer(String tag, int node, String method, String argsJson)
            throws IOException, InterruptedException {
        return rpc(tag, "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":"
                + Json.quote(method) + ",\"templateEventMethodArgs\":" + argsJson + "}");
    }

    /** Sends one UIDL message with these RPC invocations and applies the answer to the state tree. */
    Map<String, Object> rpc(String tag, String... invocations) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[" + String.join(",", invocations)
                + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId
                        + "&load=" + tag)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + r.statusCode());
        }
        String text = r.body().startsWith("for(;;);") ? r.body().substring(8) : r.body();
        Object parsed = Json.parse(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> uidl = (Map<String, Object>) (parsed instanceof List<?> l ? l.getFirst() : parsed);
        if (uidl.containsKey("meta") && String.valueOf(uidl.get("meta")).contains("sessionExpired")) {
            throw new IllegalStateException("session expired");
        }
        if (uidl.containsKey("resynchronize") || !uidl.containsKey("syncId")) {
            throw new IllegalStateException("server asked to resynchronise: " + text.substring(0,
                    Math.min(200, text.length())));
        }
        apply(uidl);
        return uidl;
    }

    /** Closes the tab as a browser does when the page is left: the unload beacon. */
    void close() throws IOException, InterruptedException {
        String body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}";
        send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId + "&load=unload"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Tells the server the tab is still open, as the client engine does every heartbeat interval. */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId
                + "&load=heartbeat")).POST(HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("heartbeat answered " + r.statusCode());
        }
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> uidl) {
        executed.clear();
        Object exec = uidl.get("execute");
        if (exec instanceof List<?> calls) {
            calls.forEach(c -> executed.add((List<Object>) c));
        }
        syncId = ((Number) uidl.get("syncId")).intValue();
        clientId = ((Number) uidl.get("clientId")).intValue();
        Object changes = uidl.get("changes");
        if (!(changes instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            Map<String, Object> c = (Map<String, Object>) o;
            int node = ((Number) c.get("node")).intValue();
            String type = (String) c.get("type");
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(node, n -> new LinkedHashMap<>());
                case "detach" -> {
                    nodes.remove(node);
                    children.remove(node);
                }
                case "put" -> nodes.computeIfAbsent(node, n -> new LinkedHashMap<>())
                        .put((String) c.get("key"), c.containsKey("nodeValue") ? c.get("nodeValue") : c.get("value"));
                case "remove" -> Optional.ofNullable(nodes.get(node)).ifPresent(m -> m.remove(c.get("key")));
                case "splice" -> {
                    List<Integer> kids = children.computeIfAbsent(node, n -> new ArrayList<>());
                    int index = ((Number) c.get("index")).intValue();
                    Object remove = c.get("remove");
                    if (remove instanceof Number n) {
                        for (int k = 0; k < n.intValue() && index < kids.size(); k++) {
                            kids.remove(index);
                        }
                    }
                    if (c.get("addNodes") instanceof List<?> add) {
                        List<Integer> ids = add.stream().map(x -> ((Number) x).intValue()).toList();
                        kids.addAll(Math.min(index, kids.size()), ids);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Node ids of elements with this tag whose properties pass {@code filter}, in node id order. */
    List<Integer> find(String tag, Predicate<Map<String, Object>> filter) {
        return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().get("tag")) && filter.test(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    Object property(int node, String key) {
        Map<String, Object> n = nodes.get(node);
        return n == null ? null : n.get(key);
    }

    List<Integer> childrenOf(int node) {
        return children.getOrDefault(node, List.of());
    }

    private HttpResponse<String> get(String path, String tag) throws IOException, InterruptedException {
        String sep = path.contains("?") ? "&" : "?";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path + sep + "load=" + tag)).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30)).header("Accept-Language", "nl-NL,nl;q=0.9");
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                sessionId = m.group(1);
            }
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
