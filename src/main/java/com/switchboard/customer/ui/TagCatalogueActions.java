package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.switchboard.customer.TagService;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/** What the tag catalogue dialog does to one account's catalogue, through the tag service. */
final class TagCatalogueActions implements TagCatalogueDialog.Actions {

    private final transient TagService tags;
    private final String accountId;

    TagCatalogueActions(TagService tags, String accountId) {
        this.tags = tags;
        this.accountId = accountId;
    }

    /** Opens the catalogue dialog; once it closes, {@code onClosed} gets the catalogue as it is then. */
    void edit(SerializableConsumer<List<Tag>> onClosed) {
        TagCatalogueDialog dialog = new TagCatalogueDialog(tags.catalogue(accountId), this);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClosed.accept(tags.catalogue(accountId));
            }
        });
        dialog.open();
    }

    @Override
    public Tag create(String name, TagColor color) {
        return tags.create(accountId, name, color);
    }

    @Override
    public Tag update(Tag tag, String name, TagColor color) {
        return tags.update(tag, name, color);
    }

    @Override
    public void delete(Tag tag) {
        tags.delete(tag);
    }
}
