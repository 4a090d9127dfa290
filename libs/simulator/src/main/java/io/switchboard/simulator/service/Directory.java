package io.switchboard.simulator.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated user directory of each Zoom account: deterministic seeded users (the same account id always gives
 * the same users), listed in pages whose {@code next_page_token} expires after 15 minutes, as Zoom's does.
 */
public class Directory {

    /** How long a {@code next_page_token} stays usable. */
    public static final Duration PAGE_TOKEN_LIFETIME = Duration.ofMinutes(15);

    private static final String[] FIRST = {
        "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Linus"
    };
    private static final String[] LAST = {
        "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Torvalds"
    };
    private static final String[] CLIENTS = {"6.4.3.28970", "6.3.11.60501", "6.2.0.46690", "5.17.11.34827"};
    private static final SecureRandom TOKENS = new SecureRandom();

    /** The licence type of a Licensed user. */
    public static final int LICENSED = 2;

    /** The role id of the account owner, whom Zoom does not let anyone deactivate, downgrade or remove. */
    public static final String OWNER_ROLE = "0";

    /**
     * Zoom's error code of a change it does not permit on this user (its "no permission" code, which its reference
     * gives for a status change of an admin or Zoom Room user); the simulator answers it for the account owner.
     */
    public static final int NOT_PERMITTED_CODE = 200;

    private final int usersPerAccount;
    private final Map<String, List<Map<String, Object>>> accounts = new ConcurrentHashMap<>();
    private final Map<String, PageCursor> cursors = new ConcurrentHashMap<>();
    private final Map<String, Integer> createLimits = new ConcurrentHashMap<>();
    private final Map<String, CreatesOfDay> creates = new ConcurrentHashMap<>();
    private final Set<String> givenDirectories = ConcurrentHashMap.newKeySet();

    /** How many users the account created with action {@code create} on one UTC day. */
    private record CreatesOfDay(LocalDate day, int count) {}

    public Directory(int usersPerAccount) {
        this.usersPerAccount = usersPerAccount;
    }

    /** One page of the account's users with {@code status}; what Zoom's {@code GET /users} answers. */
    public record Page(List<Map<String, Object>> users, int pageSize, int totalRecords, String nextPageToken) {}

    private record PageCursor(String accountId, String status, int offset, Instant expiresAt) {}

    /** A page of users; {@code pageToken} continues a listing and fails when unknown or expired. */
    public Page list(String accountId, String status, int pageSize, String pageToken) {
        String wanted = status == null || status.isBlank() ? "active" : status;
        int offset = 0;
        if (pageToken != null && !pageToken.isBlank()) {
            PageCursor cursor = cursors.get(pageToken);
            if (cursor == null
                    || cursor.expiresAt().isBefore(Instant.now())
                    || !cursor.accountId().equals(accountId)) {
                throw new ApiError(400, 300, "The next page token is invalid or expired.");
            }
            wanted = cursor.status();
            offset = cursor.offset();
        }
        Slice slice = slice(accountId, wanted, offset, pageSize);
        cursors.values().removeIf(cursor -> cursor.expiresAt().isBefore(Instant.now()));
        String next = null;
        if (slice.end() < slice.total()) {
            next = token();
            cursors.put(
                    next,
                    new PageCursor(accountId, wanted, slice.end(), Instant.now().plus(PAGE_TOKEN_LIFETIME)));
        }
        return new Page(slice.users(), pageSize, slice.total(), next);
    }

    /** Copies of the users with {@code status} from {@code offset} on (at most {@code size}), and how many have it. */
    private record Slice(List<Map<String, Object>> users, int total, int end) {}

    private Slice slice(String accountId, String status, int offset, int size) {
        List<Map<String, Object>> users = accounts.computeIfAbsent(accountId, this::seed);
        List<Map<String, Object>> page = new ArrayList<>(Math.min(size, 1_000));
        int total = 0;
        synchronized (users) {
            // Only the page is copied: copying the whole directory for every page made a large listing quadratic.
            for (Map<String, Object> user : users) {
                if (status.equals(user.get("status"))) {
                    if (total >= offset && page.size() < size) {
                        page.add(new LinkedHashMap<>(user));
                    }
                    total++;
                }
            }
        }
        return new Slice(page, total, Math.min(total, offset + page.size()));
    }

    /** One user of the account by id or email, or null. */
    public Map<String, Object> find(String accountId, String idOrEmail) {
        List<Map<String, Object>> users = accounts.computeIfAbsent(accountId, this::seed);
        synchronized (users) {
            return users.stream()
                    .filter(user ->
                            idOrEmail.equals(user.get("id")) || idOrEmail.equalsIgnoreCase((String) user.get("email")))
                    .findFirst()
                    .map(user -> (Map<String, Object>) new LinkedHashMap<>(user))
                    .orElse(null);
        }
    }

    /** Every user of the account with {@code status}, as copies (for generated activity). */
    public List<Map<String, Object>> members(String accountId, String status) {
        return users(accountId).stream()
                .filter(user -> status.equals(user.get("status")))
                .toList();
    }

    /** Changes one profile field of a user (as an admin editing the profile in Zoom would). */
    public void update(String accountId, String userId, String field, Object value) {
        Map<String, Object> user = existing(accountId, userId);
        synchronized (accounts.get(accountId)) {
            user.put(field, value);
        }
    }

    private List<Map<String, Object>> users(String accountId) {
        List<Map<String, Object>> users = accounts.computeIfAbsent(accountId, this::seed);
        synchronized (users) {
            // Copies: the live maps change under the account's lock while answers are written without it.
            return users.stream()
                    .map(user -> (Map<String, Object>) new LinkedHashMap<>(user))
                    .toList();
        }
    }

    /** Zoom's {@code POST /users}: {@code create} invites (pending); the other actions create an active user. */
    public Map<String, Object> create(
            String accountId, String action, String email, int type, String first, String last) {
        return create(accountId, action, email, type, first, last, Integer.MAX_VALUE);
    }

    /** Zoom's {@code POST /users} on a plan of {@code seats} licences: a Licensed user needs a free one. */
    public Map<String, Object> create(
            String accountId, String action, String email, int type, String first, String last, int seats) {
        if (!List.of("create", "autoCreate", "custCreate", "ssoCreate").contains(action)) {
            throw new ApiError(400, 300, "Invalid field: action");
        }
        if (email == null || !email.contains("@")) {
            throw new ApiError(400, 300, "Invalid field: email");
        }
        if (!List.of(1, 2, 4, 99).contains(type)) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
        if ("create".equals(action)) {
            countCreate(accountId);
        }
        List<Map<String, Object>> users = accounts.computeIfAbsent(accountId, this::seed);
        synchronized (users) {
            if (users.stream().anyMatch(user -> email.equalsIgnoreCase((String) user.get("email")))) {
                throw new ApiError(409, 1005, "User already in the account: " + email);
            }
            if (type == LICENSED && licensed(users) >= seats) {
                throw AccountPlans.noSeatToAdd();
            }
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", "u" + token().substring(0, 16));
            user.put("first_name", first);
            user.put("last_name", last);
            user.put("display_name", ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim());
            user.put("email", email.toLowerCase(Locale.ROOT));
            user.put("type", type);
            user.put("role_id", "2");
            user.put("created_at", Instant.now().toString());
            user.put("user_created_at", Instant.now().toString());
            user.put("verified", "create".equals(action) ? 0 : 1);
            user.put("group_ids", List.of());
            user.put("status", "create".equals(action) ? "pending" : "active");
            users.add(user);
            Map<String, Object> created = new LinkedHashMap<>();
            for (String field : List.of("id", "first_name", "last_name", "email", "type")) {
                created.put(field, user.get(field));
            }
            return created;
        }
    }

    /** Zoom's {@code PUT /users/{id}/status}: deactivating also takes the licence away. */
    public void status(String accountId, String userId, String action) {
        if (!"activate".equals(action) && !"deactivate".equals(action)) {
            throw new ApiError(400, 300, "Invalid field: action");
        }
        Map<String, Object> user = existing(accountId, userId);
        synchronized (accounts.get(accountId)) {
            if ("pending".equals(user.get("status"))) {
                throw new ApiError(400, 1120, "A pending user cannot be activated or deactivated.");
            }
            user.put("status", "activate".equals(action) ? "active" : "inactive");
            if ("deactivate".equals(action)) {
                user.put("type", 1);
            }
        }
    }

    /** Zoom's {@code DELETE /users/{id}?action=disassociate|delete}; pending users can only be disassociated. */
    public void delete(String accountId, String userId, String action) {
        String chosen = action == null || action.isBlank() ? "disassociate" : action;
        if (!"disassociate".equals(chosen) && !"delete".equals(chosen)) {
            throw new ApiError(400, 300, "Invalid field: action");
        }
        Map<String, Object> user = existing(accountId, userId);
        List<Map<String, Object>> users = accounts.get(accountId);
        synchronized (users) {
            if ("pending".equals(user.get("status")) && "delete".equals(chosen)) {
                throw new ApiError(400, 1120, "A pending user can only be disassociated.");
            }
            users.remove(user);
        }
    }

    /** Zoom's {@code PATCH /users/{id}} of the licence type: becoming Licensed needs a free one of {@code seats}. */
    public void changeType(String accountId, String userId, int type, int seats) {
        if (!List.of(1, 2, 4, 99).contains(type)) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
        Map<String, Object> user = existing(accountId, userId);
        List<Map<String, Object>> users = accounts.get(accountId);
        synchronized (users) {
            boolean gains = type == LICENSED && !Integer.valueOf(LICENSED).equals(user.get("type"));
            if (gains && !"inactive".equals(user.get("status")) && licensed(users) >= seats) {
                throw AccountPlans.noSeatToConvert();
            }
            user.put("type", type);
        }
    }

    /**
     * Replaces the account's directory with {@code users} (control API): each is {@code email} (absent for a user
     * without one), {@code status} (active, inactive, pending) and optional names and licence type; ids are
     * generated.
     */
    public List<String> replace(String accountId, List<Map<String, Object>> users) {
        List<Map<String, Object>> directory = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> given : users) {
            Object email = given.get("email");
            if (email != null && !(email instanceof String address && address.contains("@"))) {
                throw new ApiError(400, 300, "An email must be an address (or absent)");
            }
            Map<String, Object> user = new LinkedHashMap<>();
            String id = "u" + token().substring(0, 16);
            user.put("id", id);
            user.put("first_name", given.getOrDefault("first_name", "Sim"));
            user.put("last_name", given.getOrDefault("last_name", "User"));
            user.put("display_name", user.get("first_name") + " " + user.get("last_name"));
            user.put("email", email);
            user.put("type", given.getOrDefault("type", LICENSED));
            user.put("role_id", given.getOrDefault("role_id", "2"));
            user.put("created_at", "2024-01-01T00:00:00Z");
            user.put("user_created_at", "2024-01-01T00:00:00Z");
            user.put("verified", 1);
            user.put("group_ids", List.of());
            user.put("status", given.getOrDefault("status", "active"));
            directory.add(user);
            ids.add(id);
        }
        accounts.put(accountId, directory);
        givenDirectories.add(accountId);
        return ids;
    }

    /**
     * Zoom's refusal (400, code {@value #NOT_PERMITTED_CODE}) when {@code userId} is the account owner, whom nobody may
     * deactivate, downgrade, disassociate or delete; {@code change} names what was asked. Nothing for anyone else.
     * Only in a directory given through the control API ({@link #replace}): a seeded directory's owner is its first
     * user, whom earlier tests change freely, so seeded accounts keep that behaviour.
     */
    public void requireNotOwner(String accountId, String userId, String change) {
        if (!givenDirectories.contains(accountId)) {
            return;
        }
        Map<String, Object> user = find(accountId, userId);
        if (user != null && OWNER_ROLE.equals(user.get("role_id"))) {
            throw new ApiError(400, NOT_PERMITTED_CODE, "The account owner cannot be " + change + ".");
        }
    }

    /**
     * From now on the account may create at most {@code perDay} users with action {@code create} per UTC day (Zoom's
     * daily limits of that action by plan: 50 Free, 1,500 Pro, 10,000 Business+); null lifts the limit (the default).
     */
    public void createLimit(String accountId, Integer perDay) {
        if (perDay == null) {
            createLimits.remove(accountId);
        } else if (perDay < 0) {
            throw new ApiError(400, 300, "perDay must not be negative");
        } else {
            createLimits.put(accountId, perDay);
        }
        creates.remove(accountId);
    }

    /** Counts one {@code create} of the account today; Zoom's daily 429 once the day's limit is spent. */
    private void countCreate(String accountId) {
        Integer limit = createLimits.get(accountId);
        if (limit == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CreatesOfDay counted = creates.merge(
                accountId,
                new CreatesOfDay(today, 1),
                (old, one) -> old.day().equals(today) ? new CreatesOfDay(today, old.count() + 1) : one);
        if (counted.count() > limit) {
            throw new ApiError(
                    429,
                    429,
                    "You have exceeded the daily rate limit (" + limit + ") of Create User API requests permitted"
                            + " for this account. You may resume these requests at GMT 00:00:00.");
        }
    }

    /** Every user of the account, as copies. */
    public List<Map<String, Object>> all(String accountId) {
        return users(accountId);
    }

    /** Users holding a licence: Licensed and not inactive (pending invitations hold theirs). */
    public static long licensed(List<Map<String, Object>> users) {
        return users.stream()
                .filter(user ->
                        Integer.valueOf(LICENSED).equals(user.get("type")) && !"inactive".equals(user.get("status")))
                .count();
    }

    private Map<String, Object> existing(String accountId, String userId) {
        List<Map<String, Object>> users = accounts.computeIfAbsent(accountId, this::seed);
        synchronized (users) {
            return users.stream()
                    .filter(user ->
                            userId.equals(user.get("id")) || userId.equalsIgnoreCase((String) user.get("email")))
                    .findFirst()
                    .orElseThrow(() -> new ApiError(404, 1001, "User does not exist: " + userId));
        }
    }

    private List<Map<String, Object>> seed(String accountId) {
        Random random = new Random(accountId.hashCode());
        String domain = accountId.toLowerCase(Locale.ROOT) + ".example";
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        List<Map<String, Object>> users = new ArrayList<>();
        for (int n = 0; n < usersPerAccount; n++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            int roll = random.nextInt(100);
            String status = roll < 80 ? "active" : roll < 92 ? "inactive" : "pending";
            Map<String, Object> user = new LinkedHashMap<>();
            if (!"pending".equals(status)) {
                user.put("id", "u" + Integer.toHexString(accountId.hashCode() & 0xfffff) + "x" + n);
            }
            user.put("first_name", first);
            user.put("last_name", last);
            user.put("display_name", first + " " + last);
            user.put("email", first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + n + "@" + domain);
            user.put("type", random.nextInt(10) < 7 ? 2 : random.nextBoolean() ? 1 : 99);
            user.put("role_id", n == 0 ? "0" : random.nextInt(10) == 0 ? "1" : "2");
            user.put("pmi", 1_000_000_000L + random.nextInt(900_000_000));
            user.put("timezone", "Europe/Berlin");
            user.put("dept", random.nextBoolean() ? "Engineering" : "Sales");
            Instant created = base.plus(Duration.ofDays(random.nextInt(600)));
            user.put("created_at", created.toString());
            user.put("user_created_at", created.toString());
            if ("active".equals(status)) {
                user.put(
                        "last_login_time",
                        created.plus(Duration.ofHours(1 + random.nextInt(5000))).toString());
                user.put("last_client_version", CLIENTS[random.nextInt(CLIENTS.length)]);
            }
            user.put("verified", "pending".equals(status) ? 0 : 1);
            user.put("group_ids", List.of(random.nextBoolean() ? "grp-eng" : "grp-sales"));
            user.put("status", status);
            users.add(user);
        }
        return java.util.Collections.synchronizedList(users);
    }

    private static String token() {
        byte[] bytes = new byte[18];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
