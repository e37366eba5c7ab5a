package org.taiwa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.server.VaadinSession;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Browserless view tests on the running application context (Karibu-Testing): the real views,
 * services and database, with a member signed in the way Spring Security and Vaadin's navigation
 * access control see one.
 */
public final class KaribuViews implements BeforeEachCallback, AfterEachCallback {

    private static final Routes ROUTES = new Routes(views(Route.class), errorViews(), true);
    private static final Set<Class<? extends Component>> LAYOUTS = views(Layout.class);

    /** Karibu's own discovery skips package-private views, which is how this project writes them. */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> views(Class<? extends java.lang.annotation.Annotation> annotation) {
        Set<Class<? extends Component>> views = new HashSet<>();
        for (Class<?> view : scan(new AnnotationTypeFilter(annotation))) {
            views.add((Class<? extends Component>) view);
        }
        return views;
    }

    /** The project's own error views (e.g. the audit of refused views); Vaadin's defaults cover the rest. */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends HasErrorParameter<?>>> errorViews() {
        Set<Class<? extends HasErrorParameter<?>>> views = new HashSet<>();
        for (Class<?> view : scan(new AssignableTypeFilter(HasErrorParameter.class))) {
            views.add((Class<? extends HasErrorParameter<?>>) view);
        }
        return views;
    }

    private static List<Class<?>> scan(TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("org.taiwa").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null)).toList();
    }

    private ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
        start();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stop();
    }

    /** A fresh mock Vaadin session on the application context; done before each test. */
    @SuppressWarnings("unchecked")
    public void start() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        LAYOUTS.forEach(layout -> registry.setLayout((Class<? extends RouterLayout>) layout));
    }

    /** Ends the mock session and signs out; done after each test. */
    public void stop() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs a demo account in, through the development sign-in's own user details. */
    public void signIn(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        signIn(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Signs in a member that no demo account describes, as an identity provider could send one. */
    public void signInAs(SignedInMember member) {
        TaiwaPrincipal principal = () -> member;
        var authorities = member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        signIn(new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    private static void signIn(UsernamePasswordAuthenticationToken authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // where Spring Security keeps it between requests, and where Vaadin's holder strategy looks first
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        List<String> roles = authentication.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
