package vn.trithuc.knowledge.block;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Blocks on users, set and lifted by editors. Services that change content call
 * {@link #requireNotBlocked(Caller)}; reading, watching and taking courses stay open.
 */
@ApplicationScoped
public class Blocks {

    /** Longest block with an end date; longer ones are indefinite (lifted by hand). */
    static final int MAX_DAYS = 3650;

    /** A block as the API shows it. */
    public record BlockView(String username, String reason, String blockedBy, OffsetDateTime blockedAt,
                            OffsetDateTime expiresAt) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    /** Refuses with 403 {@code blocked} when the caller is blocked now. */
    @Transactional
    public void requireNotBlocked(Caller caller) {
        if (!caller.isAuthenticated()) {
            return;
        }
        UserBlock block = em.find(UserBlock.class, caller.username());
        if (block != null && block.activeAt(OffsetDateTime.now(ZoneOffset.UTC))) {
            BlockView view = block.view();
            Map<String, Object> details = new HashMap<>(Map.of("reason", view.reason(), "blockedBy", view.blockedBy()));
            if (view.expiresAt() != null) {
                details.put("expiresAt", view.expiresAt().toString());
            }
            throw new ProblemException("blocked", 403, "Blocked",
                    "Your account is blocked from editing" + (view.expiresAt() == null ? "" : " until " + view.expiresAt())
                            + ": " + view.reason(), details);
        }
    }

    /** Blocks (or re-blocks with new terms) a user for {@code days} days, or indefinitely when {@code null}. */
    @Transactional
    public BlockView block(String username, String reason, Integer days, Caller caller) {
        caller.require(Role.EDITOR);
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ProblemException("invalid-username", 400, "Invalid user name", "Name the user to block.");
        }
        if (name.equals(caller.username())) {
            throw new ProblemException("cannot-block-self", 400, "Cannot block yourself", "Editors cannot block themselves.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ProblemException("reason-required", 400, "Reason required",
                    "Give the reason for the block (at most 500 characters); the user sees it.");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new ProblemException("invalid-duration", 400, "Invalid duration",
                    "A block lasts 1 to " + MAX_DAYS + " days, or is indefinite when no duration is given.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UserBlock block = em.find(UserBlock.class, name);
        boolean fresh = block == null;
        if (fresh) {
            block = new UserBlock(name);
        }
        // set before persisting: Hibernate inserts the state an entity had when it was persisted
        block.set(reason.strip(), caller.username(), now, days == null ? null : now.plus(Duration.ofDays(days)));
        if (fresh) {
            em.persist(block);
        }
        return block.view();
    }

    @Transactional
    public void unblock(String username, Caller caller) {
        caller.require(Role.EDITOR);
        UserBlock block = em.find(UserBlock.class, username);
        if (block == null) {
            throw ProblemException.notFound("A block on '" + username + "'");
        }
        em.remove(block);
    }

    /** The blocks in force now, newest first. */
    @Transactional
    public List<BlockView> active() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createNamedQuery(UserBlock.ALL, UserBlock.class).getResultStream()
                .filter(b -> b.activeAt(now)).map(UserBlock::view).toList();
    }
}
