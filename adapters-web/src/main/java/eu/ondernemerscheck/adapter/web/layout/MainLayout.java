package eu.ondernemerscheck.adapter.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.ondernemerscheck.adapter.web.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: the product name, the menu of the views this user may open, and sign-out.
 * The menu is built from the views' own menu entries, which already respect each view's access rule.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Ondernemerscheck");
        brand.addClassName("oc-brand");
        String who = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(u -> u.displayName() + " · " + roleName(u))
                .orElse("");
        Button logout = new Button("Uitloggen", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(brand, new Span(who), logout);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(bar.getComponentAt(1));
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(),
                entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private static String roleName(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> "beheerder";
            case ACCOUNTANT -> "accountant";
            case CLIENT -> "klant";
        };
    }
}
