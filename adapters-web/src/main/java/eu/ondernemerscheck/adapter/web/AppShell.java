package eu.ondernemerscheck.adapter.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo's stylesheet and the product's own plain CSS, both served as static files, so the prebuilt
 * frontend bundle suffices and no npm build is ever needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ondernemerscheck.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Ondernemerscheck");
    }
}
