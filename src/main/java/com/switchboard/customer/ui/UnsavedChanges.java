package com.switchboard.customer.ui;

import com.vaadin.flow.component.Component;
import com.switchboard.base.ui.SaveBar;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Whether the fields hold changes: the edit as the fields hold it now (valid or not) against the
 * edit as it was read. Tells a listener when that changes, and while there are changes the browser
 * asks before the page is reloaded or closed.
 */
final class UnsavedChanges {

    private final Binder<CustomerForm> binder;
    private final Component page;
    private final Consumer<Boolean> onChange;
    private Supplier<CustomerForm> loaded = () -> null;
    private Object pristine;
    private boolean dirty;

    UnsavedChanges(Binder<CustomerForm> binder, Component page, Consumer<Boolean> onChange) {
        this.binder = binder;
        this.page = page;
        this.onChange = onChange;
        binder.addValueChangeListener(e -> update());
        page.addDetachListener(e -> e.getUI().getPage().executeJs("window.onbeforeunload = null"));
    }

    /** Takes what the fields hold now, read from {@code form}, as the unchanged state. */
    void reset(CustomerForm form) {
        loaded = () -> form;
        pristine = draft().toEdit();
        update();
    }

    /** The fields as they are now, written into a copy of the form they were read from. */
    CustomerForm draft() {
        CustomerForm draft = loaded.get().copy();
        binder.writeBeanAsDraft(draft, true);
        return draft;
    }

    void update() {
        if (pristine != null && loaded.get() != null) {
            set(!draft().toEdit().equals(pristine));
        }
    }

    /** Forgets the changes, as when leaving without them. */
    void forget() {
        pristine = null;
        set(false);
    }

    boolean isDirty() {
        return dirty;
    }

    private void set(boolean changed) {
        onChange.accept(changed);
        if (changed != dirty) {
            dirty = changed;
            // the browser's own question when the page is reloaded or closed with unsaved changes
            page.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                    .ifPresent(ui -> ui.getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); "
                            + "e.returnValue = ''; }) : null", changed));
        }
    }

    /** Asks before leaving with unsaved changes of {@code name}; {@code leave} goes on, {@code stay} stays. */
    static ConfirmDialog confirmLeaving(String name, Runnable leave, Runnable stay) {
        return SaveBar.confirmLeaving(name, leave, stay);
    }
}
