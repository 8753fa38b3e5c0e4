package eu.ondernemerscheck.adapter.web.report;

import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.BrowserlessSignIn;
import org.springframework.context.ApplicationContext;

import java.util.UUID;

/** A fresh firm with one accountant, for the browserless tests of the report screens; nothing shared is changed. */
final class ReportViewsFixture {

    final Firm firm;
    final long accountant;
    final String accountantEmail;
    final String suffix;
    private final ApplicationContext context;

    ReportViewsFixture(ApplicationContext context, String firmName) {
        this.context = context;
        suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(context.getBean(ProvisionFirmUseCase.class), firmName + " " + suffix);
        accountantEmail = "rapportscherm-" + suffix + "@example.nl";
        accountant = context.getBean(SaveAccountPort.class).create(accountantEmail, "Accountant", "{noop}x",
                Role.ACCOUNTANT, firm.id());
    }

    void signInAsAccountant() {
        BrowserlessSignIn.as(context, accountant, accountantEmail, Role.ACCOUNTANT, firm.id());
    }

    void signInAs(long account, String email, Role role) {
        BrowserlessSignIn.as(context, account, email, role, firm.id());
    }
}
