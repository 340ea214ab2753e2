package com.switchboard.customer;

import com.switchboard.account.AccountChangeLog;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tag catalogue of each account: everyone who sees the account reads it, managers change it.
 * A deleted tag is taken off every customer that carried it, each removal an entry of that
 * customer's history.
 */
@Service
@Transactional(readOnly = true)
public class TagService {

    public static final int MAX_NAME = 100;
    public static final int MAX_TAGS = 500;

    private final TagRepository tags;
    private final CustomerRepository customers;
    private final CustomerAccessPolicy policy;
    private final CustomerChangeLog customerLog;
    private final AccountChangeLog accountLog;
    private final CurrentUser currentUser;

    TagService(TagRepository tags, CustomerRepository customers, CustomerAccessPolicy policy,
            CustomerChangeLog customerLog, AccountChangeLog accountLog, CurrentUser currentUser) {
        this.tags = tags;
        this.customers = customers;
        this.policy = policy;
        this.customerLog = customerLog;
        this.accountLog = accountLog;
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

    /** Deletes a tag in the portal; the customers that carried it lose it. */
    @Transactional
    public void delete(Tag tag) {
        Tag stored = tags.findById(tag.id()).orElseThrow(() -> new ValidationException("tag", "The tag no longer exists"));
        SignedInUser user = requireManager(stored.accountId());
        remove(user, tag, CustomerReads.byId(tags.findByAccountIdOrderByName(stored.accountId()), Tag::id), Channel.UI);
    }

    /**
     * Makes {@code wanted} the account's catalogue, in one transaction: a member whose id is not in the
     * catalogue (or that has none) is created with a new id, one that is renamed or recoloured is
     * changed, and every tag of the catalogue that is not in the list is deleted and taken off its
     * customers. Invalid members are all named at once ({@code tags[i].name}, {@code tags[i].color}) and
     * change nothing. Recorded as one change of the account's {@code tags}.
     */
    @Transactional
    public List<Tag> replace(String accountId, List<Tag> wanted, Channel channel) {
        SignedInUser user = requireManager(accountId);
        List<Tag> current = tags.findByAccountIdOrderByName(accountId);
        Map<String, Tag> byId = CustomerReads.byId(current, Tag::id);
        List<Tag> checked = checked(wanted == null ? List.of() : wanted, byId.keySet());
        Set<String> kept = checked.stream().map(Tag::id).filter(byId::containsKey).collect(Collectors.toSet());
        for (Tag tag : current) {
            if (!kept.contains(tag.id())) {
                remove(user, tag, byId, channel);
            }
        }
        Map<String, Tag> renamed = new HashMap<>();
        for (Tag tag : checked) {
            Tag stored = byId.get(tag.id());
            if (stored != null && !stored.name().equals(tag.name())) {
                // out of the way first, so that two tags may swap names under the unique constraint
                renamed.put(tag.id(), tags.save(new Tag(stored.id(), accountId, "~" + stored.id(), stored.color(),
                        stored.version())));
            }
        }
        for (Tag tag : checked) {
            Tag stored = renamed.getOrDefault(tag.id(), byId.get(tag.id()));
            if (stored == null) {
                tags.save(Tag.create(UUID.randomUUID().toString(), accountId, tag.name(), tag.color()));
            } else if (!stored.name().equals(tag.name()) || stored.color() != tag.color()) {
                tags.save(new Tag(stored.id(), accountId, tag.name(), tag.color(), stored.version()));
            }
        }
        List<Tag> replaced = tags.findByAccountIdOrderByName(accountId);
        accountLog.field(accountId, customerLog.now(), user.username(), channel, "tags", describe(current),
                describe(replaced));
        return replaced;
    }

    /** The members, each named and coloured, with ids only where they are in the catalogue. */
    private static List<Tag> checked(List<Tag> wanted, Set<String> known) {
        if (wanted.size() > MAX_TAGS) {
            throw new ValidationException("tags", "An account has at most " + MAX_TAGS + " tags");
        }
        List<FieldError> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<Tag> checked = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Tag tag = wanted.get(i);
            String at = "tags[" + i + "]";
            if (tag == null) {
                problems.add(new FieldError(at, "A tag is missing"));
                continue;
            }
            String id = tag.id() != null && known.contains(tag.id()) ? tag.id() : null;
            if (id != null && !ids.add(id)) {
                problems.add(new FieldError(at + ".id", "The tag '" + id + "' is in the list twice"));
            }
            String name = null;
            try {
                name = name(tag.name());
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldError(at + ".name", "Two tags are named '" + name + "'"));
                }
            } catch (ValidationException e) {
                problems.add(new FieldError(at + ".name", e.getMessage()));
            }
            if (tag.color() == null) {
                problems.add(new FieldError(at + ".color", "Choose a colour"));
            }
            checked.add(new Tag(id, null, name, tag.color(), null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return checked;
    }

    /** Takes the tag off each customer that carries it (one history entry each), then deletes it. */
    private void remove(SignedInUser user, Tag tag, Map<String, Tag> catalogue, Channel channel) {
        for (Customer c : customers.findAllById(customers.findIdsByTagId(tag.id()))) {
            Set<String> before = c.getTagIds();
            Set<String> after = new LinkedHashSet<>(before);
            after.remove(tag.id());
            customerLog.entry(c, user, channel).field("tags", CustomerEditing.tagNames(before, catalogue),
                    CustomerEditing.tagNames(after, catalogue)).write();
        }
        tags.delete(tag);
    }

    private static String describe(List<Tag> catalogue) {
        return catalogue.stream().map(t -> t.name() + " (" + t.color() + ")").collect(Collectors.joining(", "));
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

    private SignedInUser requireManager(String accountId) {
        SignedInUser user = currentUser.require();
        if (!policy.mayManageAccount(user, accountId)) {
            throw new AccessDeniedException("Only managers of the account can change its tags");
        }
        return user;
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
