package uk.attest.accounts;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.audit.AuditTrail;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.Role;
import uk.attest.shared.Sha256;

/**
 * Accounts: created, disabled and re-passworded by an admin (each change audited), bearer tokens
 * issued to signed-in accounts, and failed sign-ins counted so that guessing is slowed.
 */
@Service
public class Accounts {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountRepository accounts;
  private final Directory directory;
  private final Access access;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final SecurityProperties settings;
  private final Clock clock;
  private final boolean production;

  /** The demo password and its hash, once hashed (see {@link #demoHash(String)}). */
  private volatile DemoHash demoHash;

  Accounts(
      AccountRepository accounts,
      Directory directory,
      Access access,
      AuditTrail audit,
      PasswordEncoder passwords,
      SecurityProperties settings,
      Clock clock,
      org.springframework.core.env.Environment environment) {
    this.production =
        environment.matchesProfiles("production") || environment.matchesProfiles("prod");
    this.accounts = accounts;
    this.directory = directory;
    this.access = access;
    this.audit = audit;
    this.passwords = passwords;
    this.settings = settings;
    this.clock = clock;
  }

  public record NewAccount(
      @Schema(maxLength = Limits.USERNAME) String username,
      @Schema(maxLength = Limits.NAME) String displayName,
      @Schema(maxLength = Limits.PASSWORD) String password,
      @ArraySchema(schema = @Schema(maxLength = Limits.SHORT_CHOICE)) List<String> roles,
      @Schema(maxLength = Limits.ID) String learnerId,
      @Schema(maxLength = Limits.ID) String assessorId,
      @Schema(maxLength = Limits.ID) String centreId,
      @Schema(maxLength = Limits.ID) String awardingBodyId) {}

  @Transactional
  public Account create(Actor by, NewAccount request) {
    Access.require(access.manages(by), "only an admin creates accounts");
    return create(by, request, false);
  }

  /** Creates the first admin of an empty database, from settings given at start-up. */
  @Transactional
  public Account createFirstAdmin(String username, String password) {
    return create(
        Actor.system("start-up"),
        new NewAccount(
            username, "Administrator", password, List.of("ADMIN"), null, null, null, null),
        false);
  }

  /** Creates a demo account (flagged, so a production start-up can refuse it). */
  @Transactional
  public Account createDemo(NewAccount request) {
    return create(Actor.system("demo data"), request, true);
  }

  private Account create(Actor by, NewAccount request, boolean demo) {
    Checks checks = new Checks();
    String username = checks.text("username", request.username(), 100);
    if (username != null) {
      checks.check(
          USERNAME.matcher(username).matches(),
          "username",
          "must be 3 to 100 characters: lower-case letters, digits and . _ @ -, starting with a"
              + " letter or digit");
    }
    String name = checks.text("displayName", request.displayName(), 200);
    checkPassword(checks, "password", request.password(), username, name);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.roles() == null || request.roles().isEmpty()) {
      checks.add("roles", "is required: one or more of " + List.of(Role.values()));
    } else {
      for (int i = 0; i < request.roles().size(); i++) {
        String role = request.roles().get(i);
        try {
          roles.add(Role.valueOf(String.valueOf(role).strip()));
        } catch (IllegalArgumentException e) {
          checks.add(
              "roles[" + i + "]",
              "unknown role '" + role + "'; roles are " + List.of(Role.values()));
        }
      }
    }
    link(
        checks,
        roles,
        Role.LEARNER,
        "learnerId",
        request.learnerId(),
        id -> directory.learnerCentre(id).isPresent(),
        "learner");
    link(
        checks,
        roles,
        Role.ASSESSOR,
        "assessorId",
        request.assessorId(),
        id -> directory.assessorCentre(id).isPresent(),
        "assessor");
    link(
        checks, roles, Role.IQA, "centreId", request.centreId(), directory::centreExists, "centre");
    link(
        checks,
        roles,
        Role.AWARDING_BODY,
        "awardingBodyId",
        request.awardingBodyId(),
        directory::awardingBodyExists,
        "awarding body");
    // Separation of duties: whoever manages accounts and people reads and judges no evidence.
    checks.check(
        !roles.contains(Role.ADMIN) || roles.size() == 1,
        "roles",
        "ADMIN stands alone: an administrator acts for no learner, assessor, centre, awarding body"
            + " or platform (separation of duties); make a separate account for the other role");
    // One account per person's record, or a second account could act in an assessor's name.
    String learnerId = blankToNull(request.learnerId());
    if (roles.contains(Role.LEARNER) && learnerId != null) {
      accounts
          .byLearner(learnerId)
          .ifPresent(
              other ->
                  checks.add(
                      "learnerId",
                      "already has an account ('"
                          + other.username()
                          + "'); a learner has one account only"));
    }
    String assessorId = blankToNull(request.assessorId());
    if (roles.contains(Role.ASSESSOR) && assessorId != null) {
      accounts
          .byAssessor(assessorId)
          .ifPresent(
              other ->
                  checks.add(
                      "assessorId",
                      "already has an account ('"
                          + other.username()
                          + "'); an assessor has one account only"));
    }
    checks.done();
    if (accounts.byUsername(username).isPresent()) {
      throw new ConflictException("the username '" + username + "' is taken");
    }
    Account account =
        new Account(
            Ids.next("acc"),
            username,
            name,
            roles,
            learnerId,
            assessorId,
            blankToNull(request.centreId()),
            blankToNull(request.awardingBodyId()),
            true,
            demo,
            now());
    accounts.insert(
        account, demo ? demoHash(request.password()) : passwords.encode(request.password()));
    audit.record(
        by,
        "account.created",
        "account " + account.id(),
        account.learnerId(),
        null,
        summary(account));
    return account;
  }

  /**
   * The demo accounts all have the one password the start-up log prints, so they share one hash: a
   * first start makes one Argon2id hash instead of nine (about 130 ms each on a warm JVM).
   */
  private String demoHash(String password) {
    DemoHash cached = demoHash;
    if (cached != null && cached.password().equals(password)) {
      return cached.hash();
    }
    String hash = passwords.encode(password);
    demoHash = new DemoHash(password, hash);
    return hash;
  }

  private record DemoHash(String password, String hash) {
    @Override
    public String toString() {
      return "DemoHash[password and hash hidden]";
    }
  }

  /** Each role needs its link and each link its role, so an account never acts for two people. */
  private static void link(
      Checks checks,
      Set<Role> roles,
      Role role,
      String field,
      String value,
      java.util.function.Predicate<String> exists,
      String kind) {
    boolean given = value != null && !value.isBlank();
    if (roles.contains(role) && !given) {
      checks.add(field, "is required for the " + role + " role");
    } else if (!roles.contains(role) && given) {
      checks.add(field, "is only for the " + role + " role, which this account does not have");
    } else if (given && !exists.test(value.strip())) {
      checks.add(field, "unknown " + kind + " '" + value + "'");
    }
  }

  private static void checkPassword(
      Checks checks, String field, String password, String username, String displayName) {
    PasswordPolicy.refusal(password, username, displayName)
        .ifPresent(why -> checks.add(field, why));
  }

  @Transactional(readOnly = true)
  public List<Account> list(Actor by) {
    Access.require(access.manages(by), "only an admin lists accounts");
    return accounts.all();
  }

  /** An account: admins see any, everyone else only their own (others are not found). */
  @Transactional(readOnly = true)
  public Account get(Actor by, String id) {
    return accounts
        .byId(id)
        .filter(a -> access.manages(by) || a.id().equals(by.accountId()))
        .orElseThrow(() -> new NotFoundException("account", id));
  }

  public record AccountChange(
      Boolean enabled, @Schema(maxLength = Limits.PASSWORD) String password) {}

  /** Enables or disables an account, or sets a new password; disabling revokes its tokens. */
  @Transactional
  public Account change(Actor by, String id, AccountChange change) {
    Account before = get(by, id);
    Access.require(access.manages(by), "only an admin changes accounts");
    Checks checks = new Checks();
    checks.check(
        change.enabled() != null || change.password() != null,
        "body",
        "say what to change: enabled, password or both");
    if (change.password() != null) {
      checkPassword(checks, "password", change.password(), before.username(), before.displayName());
    }
    checks.check(
        !(Boolean.FALSE.equals(change.enabled()) && id.equals(by.accountId())),
        "enabled",
        "you cannot disable your own account");
    checks.check(
        !(production && before.demo() && Boolean.TRUE.equals(change.enabled())),
        "enabled",
        "a demo account's password is published; it stays disabled under the production profile");
    checks.done();
    Map<String, Object> after = new LinkedHashMap<>(summary(before));
    if (change.enabled() != null) {
      accounts.setEnabled(id, change.enabled());
      after.put("enabled", change.enabled());
      if (!change.enabled()) {
        accounts.deleteTokens(id);
      }
    }
    if (change.password() != null) {
      accounts.setPasswordHash(id, passwords.encode(change.password()));
      accounts.deleteTokens(id);
      after.put("password", "changed by an admin");
    }
    audit.record(
        by, "account.changed", "account " + id, before.learnerId(), summary(before), after);
    return accounts.byId(id).orElseThrow();
  }

  /** The signed-in account changes its own password, proving it knows the current one. */
  @Transactional
  public void changeOwnPassword(Actor actor, String current, String replacement) {
    Account account =
        accounts.byId(actor.accountId()).orElseThrow(() -> new NotFoundException("account", "me"));
    Checks checks = new Checks();
    checks.check(
        current != null
            && passwords.matches(current, accounts.passwordHash(account.id()).orElseThrow()),
        "currentPassword",
        "is not this account's password");
    checkPassword(checks, "newPassword", replacement, account.username(), account.displayName());
    checks.done();
    accounts.setPasswordHash(account.id(), passwords.encode(replacement));
    accounts.deleteTokens(account.id());
    audit.record(
        actor,
        "account.password-changed",
        "account " + account.id(),
        account.learnerId(),
        null,
        Map.of("password", "changed by its owner"));
  }

  /** Whether the password is the signed-in account's own (a step-up before signing). */
  @Transactional(readOnly = true)
  public boolean passwordMatches(Actor actor, String password) {
    return actor.accountId() != null
        && password != null
        && accounts
            .passwordHash(actor.accountId())
            .map(hash -> passwords.matches(password, hash))
            .orElse(false);
  }

  /** A bearer token: shown once, stored only as its hash. */
  public record IssuedToken(String token, String tokenType, OffsetDateTime expiresAt) {}

  @Transactional
  public IssuedToken issueToken(Actor actor) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "atk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime now = now();
    OffsetDateTime expires = now.plus(settings.tokenLifetime());
    accounts.deleteExpiredTokens(now);
    accounts.insertToken(tokenHash(token), actor.accountId(), now, expires);
    return new IssuedToken(token, "Bearer", expires);
  }

  @Transactional
  public boolean revokeToken(String token) {
    return accounts.deleteToken(tokenHash(token)) > 0;
  }

  /** The actor a live token belongs to, if its account is still enabled. */
  @Transactional(readOnly = true)
  public Optional<Actor> actorForToken(String token) {
    return accounts
        .tokenAccount(tokenHash(token), now())
        .flatMap(accounts::byId)
        .filter(Account::enabled)
        .map(this::actor);
  }

  /**
   * The actor an account acts as now, if it is still enabled: for work it started that is done
   * later, perhaps by another instance (a background export).
   */
  @Transactional(readOnly = true)
  public Optional<Actor> actorOf(String accountId) {
    return accounts.byId(accountId).filter(Account::enabled).map(this::actor);
  }

  /** The actor an account signs in as, with the centres its links belong to. */
  @Transactional(readOnly = true)
  public Actor actor(Account a) {
    return new Actor(
        a.id(),
        a.username(),
        a.displayName(),
        a.roles(),
        a.learnerId(),
        a.learnerId() == null ? null : directory.learnerCentre(a.learnerId()).orElse(null),
        a.assessorId(),
        a.assessorId() == null ? null : directory.assessorCentre(a.assessorId()).orElse(null),
        a.centreId(),
        a.awardingBodyId(),
        false);
  }

  /** Whether one account is both this assessor and this learner (one person, two hats). */
  @Transactional(readOnly = true)
  public boolean samePerson(String assessorId, String learnerId) {
    return accounts.samePerson(assessorId, learnerId);
  }

  /** For the sign-in check: the account and its password hash. */
  @Transactional(readOnly = true)
  public Optional<Map.Entry<Account, String>> forSignIn(String username) {
    return accounts
        .byUsername(username)
        .map(a -> Map.entry(a, accounts.passwordHash(a.id()).orElseThrow()));
  }

  /**
   * Records a sign-in attempt as a failure before its password is checked, and commits it, so that
   * attempts racing each other all count: each one counts after its own record is committed, so the
   * n-th to be recorded sees at least n, and no more than the limit can get through at once. A
   * successful sign-in then clears the username's failures; a refused one is withdrawn.
   */
  @Transactional
  public long signInAttempt(String username, String remote) {
    OffsetDateTime now = now();
    accounts.deleteFailuresBefore(now.minus(settings.failureWindow()));
    return accounts.insertFailure(
        username.length() > 200 ? username.substring(0, 200) : username, remote, now);
  }

  /**
   * How long a sign-in for this username from this address must wait, once the attempts recorded
   * within the window (this one included) pass the limit: until the oldest leaves the window.
   */
  @Transactional(readOnly = true)
  public Optional<Duration> signInRefusedFor(String username, String remote) {
    OffsetDateTime now = now();
    OffsetDateTime since = now.minus(settings.failureWindow());
    var byUser = accounts.failuresByUsername(username, since);
    var byRemote = accounts.failuresByRemote(remote, since);
    Duration wait = Duration.ZERO;
    if (byUser.count() > settings.maxFailuresPerUsername()) {
      wait = max(wait, Duration.between(now, byUser.oldest().plus(settings.failureWindow())));
    }
    if (byRemote.count() > settings.maxFailuresPerAddress()) {
      wait = max(wait, Duration.between(now, byRemote.oldest().plus(settings.failureWindow())));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(max(wait, Duration.ofSeconds(1)));
  }

  /** Takes back a refused attempt, so hammering a locked username does not lengthen the wait. */
  @Transactional
  public void signInWithdrawn(long attempt) {
    accounts.deleteFailure(attempt);
  }

  @Transactional
  public void signInSucceeded(String username) {
    accounts.clearFailures(username);
  }

  /** A stamp of a password hash: changes whenever the password does, reveals nothing of it. */
  public static String stamp(String passwordHash) {
    return tokenHash(passwordHash);
  }

  /** Whether a session signed in with this password stamp may go on: enabled, same password. */
  @Transactional(readOnly = true)
  public boolean stillSignedIn(String accountId, String stamp) {
    return accounts
        .byId(accountId)
        .filter(Account::enabled)
        .flatMap(a -> accounts.passwordHash(a.id()))
        .map(hash -> stamp(hash).equals(stamp))
        .orElse(false);
  }

  /**
   * The demo accounts that can still sign in, by username, for the sign-in page and the start-up
   * log while demo data is on. Nobody is asked who they are: the demo's passwords are published.
   */
  @Transactional(readOnly = true)
  public List<Account> demoAccounts() {
    return accounts.all().stream().filter(a -> a.demo() && a.enabled()).toList();
  }

  /** Whether any demo account can still sign in. */
  public boolean anyDemo() {
    return accounts.anyDemo();
  }

  public boolean any() {
    return accounts.any();
  }

  private static String tokenHash(String token) {
    return Sha256.hex(token);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Map<String, Object> summary(Account a) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("username", a.username());
    s.put("displayName", a.displayName());
    s.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
    s.put("learnerId", a.learnerId());
    s.put("assessorId", a.assessorId());
    s.put("centreId", a.centreId());
    s.put("awardingBodyId", a.awardingBodyId());
    s.put("enabled", a.enabled());
    return s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private OffsetDateTime now() {
    return Dates.now(clock);
  }
}
