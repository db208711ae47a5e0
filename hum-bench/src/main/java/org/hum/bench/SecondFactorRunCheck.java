package org.hum.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.hum.login.control.Totp;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second factor where it is required, on the run command's stand started with
 * {@code --second-factor required} (CI's run-command stage; docs/operations.md, "Second factor"):
 * <ol>
 *   <li>the run command says the second factor is required;</li>
 *   <li>a user who sees source content, with the right password and no factor yet, is not logged in:
 *   the API answers 403 {@code second-factor-enrolment-required}, the UI takes them to enrol and
 *   nowhere else;</li>
 *   <li>enrolled on that page (the secret it shows, a code from it), they are logged in and given
 *   recovery codes; thereafter the password alone is refused and the password with a code is
 *   not; a recovery code logs in once;</li>
 *   <li>the same over the API for another user; a partner is never asked.</li>
 * </ol>
 * <pre>java -cp benchmarks.jar org.hum.bench.SecondFactorRunCheck HOME RUN_LOG</pre>
 */
public final class SecondFactorRunCheck {
    private static final String API = "http://localhost:8080/hum/api/";
    private static final String UI = "http://localhost:8080/hum/";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})</code></li>");

    private final Checks checks = new Checks();
    private final OperationsLoad api = new OperationsLoad(API);
    private final String password;
    /** The last step whose code was used, by secret (each user's codes are used once each). */
    private final Map<String, Long> lastSteps = new HashMap<>();

    private SecondFactorRunCheck(String password) {
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SecondFactorRunCheck HOME RUN_LOG");
            System.exit(2);
        }
        SecondFactorRunCheck check = new SecondFactorRunCheck(
                Files.readString(Path.of(args[0]).resolve("secrets/demo.password")).strip());
        check.check(Files.readString(Path.of(args[1])).contains("Second factor: required"),
                "the run command says the second factor is required");
        long startStep = Totp.step(Instant.now());
        check.ui("authoriser2");
        check.overTheApi("reviewer1");
        check.partnerIsNeverAsked("partner1");
        check.demoLoadedWithEnrolledUsers(Path.of(args[0]), "officer1", startStep);
        check.checks.end("Second-factor check");
    }

    private void check(boolean ok, String what) {
        checks.check(ok, what);
    }

    /** Logging in on the UI leads to the enrolment page only; enrolling there logs the user in. */
    private void ui(String user) throws Exception {
        UiSession session = new UiSession();
        UiSession.Page landed = session.login(UI, user, password);
        check(landed.uri().getPath().endsWith("/second-factor.xhtml") && landed.currentUser() == null,
                user + "'s right password on the UI leads to the enrolment page, not logged in (" + landed.uri().getPath() + ")");
        UiSession.Page elsewhere = session.get(UI, "index.xhtml");
        check(elsewhere.currentUser() == null && elsewhere.uri().getPath().endsWith("/login.xhtml"),
                "any other page sends them to the login page (" + elsewhere.uri().getPath() + ")");
        UiSession.Page enrol = landed;
        Matcher secret = SECRET.matcher(enrol.body());
        if (!secret.find()) {
            check(false, "the enrolment page shows a secret for the authenticator app");
            return;
        }
        byte[] key = Totp.fromBase32(secret.group(1));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("enrol", "enrol");
        form.put("enrol:code", nextCode(key));
        form.put("enrol:confirm", "Confirm");
        form.put("jakarta.faces.ViewState", enrol.viewState());
        UiSession.Page confirmed = session.post(UI, "second-factor.xhtml", form);
        List<String> recovery = new ArrayList<>();
        Matcher m = RECOVERY.matcher(confirmed.body());
        while (m.find()) {
            recovery.add(m.group(1));
        }
        check(recovery.size() >= 8, "confirming a code on the page shows the recovery codes (" + recovery.size() + ")");
        check(user.equals(session.get(UI, "index.xhtml").currentUser()), "and " + user + " is then logged in");
        afterEnrolment(user, key, recovery.isEmpty() ? null : recovery.get(0));
    }

    /** Over the API: refused with the enrolment problem, enrols, then logs in with a code only. */
    private void overTheApi(String user) throws Exception {
        HttpResponse<String> refused = login(user, null);
        check(refused.statusCode() == 403 && refused.body().contains("second-factor-enrolment-required")
                        && !refused.body().contains("\"token\""),
                user + "'s right password alone over the API: 403 second-factor-enrolment-required, no token ("
                        + refused.statusCode() + ")");
        HttpResponse<String> begun = api.send(null, "POST", "auth/second-factor/enrolment", body(user, null));
        if (begun.statusCode() != 200) {
            check(false, "enrolment begins over the API (" + begun.statusCode() + ")");
            return;
        }
        byte[] key = Totp.fromBase32(json(begun.body()).getString("secret"));
        HttpResponse<String> confirmed = api.send(null, "POST", "auth/second-factor/enrolment/confirmation",
                body(user, nextCode(key)));
        check(confirmed.statusCode() == 200, "the enrolment is confirmed with a code (" + confirmed.statusCode() + ")");
        String recovery = confirmed.statusCode() == 200
                ? json(confirmed.body()).getJsonArray("recoveryCodes").getString(0) : null;
        afterEnrolment(user, key, recovery);
    }

    private void afterEnrolment(String user, byte[] key, String recovery) throws Exception {
        check(login(user, null).statusCode() == 401, user + ": the password alone is refused once enrolled");
        HttpResponse<String> withCode = login(user, nextCode(key));
        check(withCode.statusCode() == 200 && withCode.body().contains("\"token\""),
                user + ": the password and a current code log in (" + withCode.statusCode() + ")");
        if (recovery != null) {
            check(login(user, recovery).statusCode() == 200, user + ": a recovery code logs in");
            check(login(user, recovery).statusCode() == 401, user + ": the same recovery code does not, again");
        }
    }

    /**
     * The demo load enrolled the users it logs in as and kept their keys on the stand: officer1's
     * key logs in, and the demo's files are there. The load may have used this step's code and the
     * next, so the first code tried is of a later step.
     */
    private void demoLoadedWithEnrolledUsers(Path home, String user, long startStep) throws Exception {
        Path keyFile = home.resolve("secrets/second-factor/" + user + ".key");
        if (!Files.exists(keyFile)) {
            check(false, "the demo load kept " + user + "'s second-factor key in " + keyFile);
            return;
        }
        byte[] key = Totp.fromBase32(Files.readString(keyFile).strip());
        lastSteps.put(Base64.getEncoder().encodeToString(key), startStep + 1);
        HttpResponse<String> r = login(user, nextCode(key));
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !token.find()) {
            check(false, user + " logs in with the key the demo load kept (" + r.statusCode() + ")");
            return;
        }
        HttpResponse<String> register = api.send(token.group(1), "GET", "sources?size=100", null);
        check(register.statusCode() == 200 && register.body().contains("\"KESTREL\""),
                user + " logs in with the key the demo load kept, and the demo's files are there (" + register.statusCode() + ")");
    }

    private void partnerIsNeverAsked(String partner) throws Exception {
        HttpResponse<String> r = login(partner, null);
        check(r.statusCode() == 200, partner + " (who sees released reports only) logs in with a password (" + r.statusCode() + ")");
    }

    private HttpResponse<String> login(String user, String code) throws Exception {
        return api.send(null, "POST", "auth/login", body(user, code));
    }

    private String body(String user, String code) {
        var b = Json.createObjectBuilder().add("username", user).add("password", password);
        if (code != null) {
            b.add("code", code);
        }
        return b.build().toString();
    }

    /** A code of a step after the last one used (each step's code works once), waiting for it if need be. */
    private String nextCode(byte[] key) throws InterruptedException {
        String of = Base64.getEncoder().encodeToString(key);
        long step = Math.max(Totp.step(Instant.now()), lastSteps.getOrDefault(of, -1L) + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            Thread.sleep(500);
        }
        lastSteps.put(of, step);
        return Totp.code(key, step);
    }

    private static JsonObject json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }
}
