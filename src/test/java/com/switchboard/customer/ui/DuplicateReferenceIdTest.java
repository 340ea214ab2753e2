package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import org.junit.jupiter.api.Test;

/** The portal marks a reference id another customer of the account already has, and saves nothing. */
class DuplicateReferenceIdTest extends KaribuTest {

    @Test
    void a_duplicate_reference_id_is_marked_on_its_field() {
        Customer before = demo.customer(Demo.OTHER_ACME);
        signIn("manager");
        navigate("portal/customers/" + before.getId());
        CustomerView view = _get(CustomerView.class);

        view.general.referenceId.setValue("acme-1001");
        _click(view.actions.save);

        assertThat(view.general.referenceId.isInvalid()).isTrue();
        assertThat(view.general.referenceId.getErrorMessage())
                .isEqualTo("Another customer of this account already has the reference id 'acme-1001'");
        Customer after = demo.customer(Demo.OTHER_ACME);
        assertThat(after.getReferenceId()).isEqualTo("ACME-3001");
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }
}
