package com.switchboard.customer;

import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tag catalogue of each account: everyone who sees the account reads it, managers change it. */
@Service
@Transactional(readOnly = true)
public class TagService {

    public static final int MAX_NAME = 100;

    private final TagRepository tags;
    private final CustomerRepository customers;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;

    TagService(TagRepository tags, CustomerRepository customers, CustomerAccessPolicy policy, CurrentUser currentUser) {
        this.tags = tags;
        this.customers = customers;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    /** The catalogue of an account the user reaches, by name. */
    public List<Tag> catalogue(String accountId) {
        SignedInUser user = currentUser.require();
        boolean reaches = policy.mayManageAccount(user, accountId) || (user.customerId() != null
                && customers.findById(user.customerId()).map(c -> c.getAccountId().equals(accountId)).orElse(false));
        if (!reaches) {
            throw new AccessDeniedException("Not your account");
        }
        return tags.findByAccountIdOrderByName(accountId);
    }

    @Transactional
    public Tag create(String accountId, String name, TagColor color) {
        requireManager(accountId);
        return save(Tag.create(UUID.randomUUID().toString(), accountId, name(name), color(color)));
    }

    /** Renames and recolours a tag; refuses when someone changed it since {@code tag} was read. */
    @Transactional
    public Tag update(Tag tag, String name, TagColor color) {
        Tag stored = tags.findById(tag.id()).orElseThrow(() -> new ValidationException("tag", "The tag no longer exists"));
        requireManager(stored.accountId());
        return save(new Tag(stored.id(), stored.accountId(), name(name), color(color), tag.version()));
    }

    /** Deletes a tag; the customers that carried it lose it. */
    @Transactional
    public void delete(Tag tag) {
        Tag stored = tags.findById(tag.id()).orElseThrow(() -> new ValidationException("tag", "The tag no longer exists"));
        requireManager(stored.accountId());
        tags.delete(tag);
    }

    private Tag save(Tag tag) {
        if (tags.findByAccountIdOrderByName(tag.accountId()).stream()
                .anyMatch(t -> t.name().equalsIgnoreCase(tag.name()) && !t.id().equals(tag.id()))) {
            throw new ValidationException("name", "The account already has a tag named '" + tag.name() + "'");
        }
        try {
            return tags.save(tag);
        } catch (DuplicateKeyException e) {
            throw new ValidationException("name", "The account already has a tag named '" + tag.name() + "'");
        }
    }

    private void requireManager(String accountId) {
        if (!policy.mayManageAccount(currentUser.require(), accountId)) {
            throw new AccessDeniedException("Only managers of the account can change its tags");
        }
    }

    private static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new ValidationException("name", "A tag name has 1 to " + MAX_NAME + " characters");
        }
        PlainText.require("name", "A tag name", trimmed, false);
        return trimmed;
    }

    private static TagColor color(TagColor color) {
        if (color == null) {
            throw new ValidationException("color", "Choose a colour");
        }
        return color;
    }
}
