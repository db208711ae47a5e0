package org.hum.access.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person (or, later, a partner machine) who may log in: their roles, clearance level,
 * compartments and unit. Passwords are stored only as Argon2id hashes.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
public class User {
    public static final String BY_USERNAME = "User.byUsername";
    public static final String ALL = "User.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 64)
    private String unit;

    @Column(name = "clearance_level", nullable = false)
    private int clearanceLevel;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_compartment", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "compartment_code")
    private Set<String> compartments = new HashSet<>();

    protected User() {
    }

    public User(String id, String username, String displayName, String passwordHash, String unit,
                int clearanceLevel, Set<String> roles, Set<String> compartments, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unit = unit;
        this.clearanceLevel = clearanceLevel;
        this.roles = new HashSet<>(roles);
        this.compartments = new HashSet<>(compartments);
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    public String unit() {
        return unit;
    }

    public int clearanceLevel() {
        return clearanceLevel;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public Set<String> compartments() {
        return Set.copyOf(compartments);
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Administration: the new clearance applies to the user's next request. */
    public void clearanceLevel(int level) {
        this.clearanceLevel = level;
    }

    public void roles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void compartments(Set<String> compartments) {
        this.compartments.clear();
        this.compartments.addAll(compartments);
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void recordFailedLogin(Instant lockedUntil) {
        this.failedLogins++;
        this.lockedUntil = lockedUntil;
    }

    public void recordSuccessfulLogin() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }
}
