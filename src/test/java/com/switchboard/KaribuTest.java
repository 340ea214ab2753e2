package com.switchboard;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real Spring application, Vaadin mocked by Karibu, demo users. They
 * share a database of their own, apart from the API and storage tests.
 */
@IntegrationTest
@TestPropertySource(properties = "switchboard.test-database=karibu")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected Demo demo;
    @Autowired private UserDetailsService users;

    /**
     * Karibu's discovery sees public classes only, and views are package-private: their routes are
     * found with Spring's scanner and added to what Karibu discovers (its error views among them).
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.switchboard");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("com.switchboard")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
    }

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user, for the services and for Vaadin's view access checks alike. */
    protected void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
    }

    /** Navigates to a location that may carry a query string. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
