package org.toolflow.integration.wiki;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;

/**
 * MediaWiki's action API: log in with a login token, fetch a CSRF token, edit the page. Each publication logs in
 * afresh with its own cookie jar, so concurrent publications never share a session.
 */
class MediaWikiPages implements WikiPages {

  static final String SYSTEM_NAME = "Wiki";
  private static final String API = "/api.php";
  // Error codes that mean "not now": the wiki is read-only, lagging or rate-limiting.
  private static final Set<String> TRANSIENT_ERRORS = Set.of("readonly", "maxlag", "ratelimited", "internal_api_error_DBQueryError");

  private final RestClient http;
  private final String baseUrl;
  private final String username;
  private final String password;

  MediaWikiPages(RestClient http, String baseUrl, String username, String password) {
    this.http = http;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.username = username;
    this.password = password;
  }

  @Override
  public WikiEdit publish(ActionContext context, String title, String wikitext, String summary) {
    Map<String, String> cookies = new LinkedHashMap<>();
    String loginToken = get(cookies, "action=query&meta=tokens&type=login")
        .path("query").path("tokens").path("logintoken").asText();
    JsonNode login = post(cookies, "login", form("action", "login", "lgname", username, "lgpassword", password,
        "lgtoken", loginToken, "format", "json")).path("login");
    if (!"Success".equals(login.path("result").asText())) {
      throw new RemoteRefusedException(SYSTEM_NAME + " refused the login of " + username + ": "
          + login.path("result").asText() + " " + login.path("reason").asText(), 0);
    }
    String csrfToken = get(cookies, "action=query&meta=tokens").path("query").path("tokens").path("csrftoken").asText();
    // The token goes last: a truncated POST then lacks the token and is refused instead of saving half a page.
    JsonNode edit = post(cookies, "edit", form("action", "edit", "title", title, "text", wikitext,
        "summary", markedSummary(summary, context.remoteMark()),
        "format", "json", "assert", "user", "token", csrfToken)).path("edit");
    if (!"Success".equals(edit.path("result").asText())) {
      throw new RemoteRefusedException(SYSTEM_NAME + " refused the edit of \"" + title + "\": "
          + RemoteHttp.excerpt(edit.toString()), 0);
    }
    String pageTitle = edit.path("title").asText(title);
    String revision = edit.hasNonNull("newrevid") ? edit.path("newrevid").asText() : null;
    return new WikiEdit(pageTitle, revision, pageUrl(baseUrl, pageTitle), false);
  }

  /**
   * The edit an earlier attempt of this action made, when it is the page's last revision and its comment carries
   * the action's mark; empty otherwise (a later edit by someone else hides it, and then publishing again is right).
   */
  Optional<WikiEdit> findPublished(ActionContext context, String title) {
    String mark = context.remoteMark();
    String request = API + " action=query&prop=revisions";
    ResponseEntity<JsonNode> answer = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, request, () -> http.get()
        .uri(uri -> uri.path(API).queryParam("action", "query").queryParam("prop", "revisions")
            .queryParam("titles", "{title}").queryParam("rvprop", "ids|comment").queryParam("rvlimit", 1)
            .queryParam("format", "json").queryParam("formatversion", 2).build(title))
        .retrieve().toEntity(JsonNode.class));
    JsonNode page = checked(answer, new LinkedHashMap<>(), "GET " + request).path("query").path("pages").path(0);
    JsonNode last = page.path("revisions").path(0);
    if (!last.path("comment").asText("").contains(mark) || !last.hasNonNull("revid")) {
      return Optional.empty();
    }
    String pageTitle = page.path("title").asText(title);
    return Optional.of(new WikiEdit(pageTitle, last.path("revid").asText(), pageUrl(baseUrl, pageTitle), false));
  }

  /** The summary ends with the action's mark, by which a retry finds the edit after a crash. */
  static String markedSummary(String summary, String mark) {
    return mark == null ? summary : summary + " [" + mark + "]";
  }

  static String pageUrl(String baseUrl, String title) {
    return baseUrl + "/index.php?title=" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8);
  }

  static Map<String, Object> editSummary(String title, String wikitext, String summary) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("action", "edit");
    request.put("title", title);
    request.put("summary", summary);
    request.put("text", wikitext);
    return request;
  }

  private JsonNode get(Map<String, String> cookies, String query) {
    String request = API + "?" + query + "&format=json";
    ResponseEntity<JsonNode> answer = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, request, () -> http.get()
        .uri(request)
        .headers(headers -> sendCookies(headers, cookies))
        .retrieve().toEntity(JsonNode.class));
    return checked(answer, cookies, "GET " + request);
  }

  private JsonNode post(Map<String, String> cookies, String action, MultiValueMap<String, String> form) {
    ResponseEntity<JsonNode> answer = RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, API + " action=" + action,
        () -> http.post().uri(API)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .headers(headers -> sendCookies(headers, cookies))
            .body(form)
            .retrieve().toEntity(JsonNode.class));
    return checked(answer, cookies, "POST " + API + " action=" + action);
  }

  /** Keeps the session cookies and turns MediaWiki's error documents (sent with status 200) into exceptions. */
  private static JsonNode checked(ResponseEntity<JsonNode> answer, Map<String, String> cookies, String request) {
    List<String> setCookies = answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
    }
    JsonNode body = answer.getBody();
    if (body == null) {
      throw new RemoteUnavailableException(SYSTEM_NAME + " answered " + request + " with an empty body");
    }
    JsonNode error = body.path("error");
    if (error.isObject()) {
      String code = error.path("code").asText();
      String message = SYSTEM_NAME + " answered " + request + " with error " + code + ": " + error.path("info").asText();
      throw TRANSIENT_ERRORS.contains(code) ? new RemoteUnavailableException(message) : new RemoteRefusedException(message, 0);
    }
    return body;
  }

  private static void sendCookies(HttpHeaders headers, Map<String, String> cookies) {
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }
  }

  private static MultiValueMap<String, String> form(String... namesAndValues) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
    }
    return form;
  }
}
