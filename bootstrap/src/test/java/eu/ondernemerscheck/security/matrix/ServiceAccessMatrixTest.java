package eu.ondernemerscheck.security.matrix;

import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.security.matrix.AccessMatrix.Row;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * TC-02, TC-04, TC-05 in the services, the security boundary (Vaadin, "Protect services"): every use-case method of
 * every application service, called directly under each persona's security context and tenant, is let through or
 * refused as access-matrix.tsv says. The methods are found by reflection over the application's service beans, so a
 * new method without a row fails. Arguments are neutral (nulls, the persona's own account id), so a call that passes
 * the access rule ends in the method's own input check without changing data; what the call returns must hold
 * nothing of another firm.
 */
@IntegrationTest
@DisplayName("TC-02/TC-04/TC-05 persona × service method × firm matrix")
class ServiceAccessMatrixTest {

    private static final AccessMatrix MATRIX = AccessMatrix.load();
    /** Use cases that answer with a firm's own records. */
    private static final List<String> USE_CASES_WITH_FIRM_DATA = List.of("ListClientsUseCase.listClients",
            "ListLeadsUseCase.listLeads");

    @Autowired
    ApplicationContext context;

    record UseCaseMethod(Class<?> useCase, Method method, Class<?> service) {
        String name() {
            return useCase.getSimpleName() + "." + method.getName();
        }
    }

    /** The methods of every port.in interface implemented by an application service bean. */
    static List<UseCaseMethod> useCaseMethods(ApplicationContext context) {
        List<UseCaseMethod> out = new ArrayList<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean);
            if (type == null) {
                continue;
            }
            Class<?> service = ClassUtils.getUserClass(type);
            if (!service.getPackageName().matches("eu\\.ondernemerscheck\\.application\\.[a-z]+\\.service")) {
                continue;
            }
            for (Class<?> useCase : service.getInterfaces()) {
                if (!useCase.getPackageName().endsWith(".port.in")) {
                    continue;
                }
                for (Method m : useCase.getMethods()) {
                    if (!m.isDefault() && !Modifier.isStatic(m.getModifiers())) {
                        out.add(new UseCaseMethod(useCase, m, service));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(UseCaseMethod::name));
        return out;
    }

    @Test
    @DisplayName("TC-06 every use-case method has a row and an explicit access rule on its service")
    void everyUseCaseMethodHasARowAndAnExplicitRule() throws NoSuchMethodException {
        List<UseCaseMethod> methods = useCaseMethods(context);
        assertThat(methods).as("use-case methods found").hasSizeGreaterThan(20);
        for (UseCaseMethod m : methods) {
            assertThat(MATRIX.method(m.name())).as("row for %s in access-matrix.tsv", m.name()).isPresent();
            Method implementation = m.service().getMethod(m.method().getName(), m.method().getParameterTypes());
            // the rule may sit on the method or, for a service whose methods share one rule, on the class
            PreAuthorize rule = implementation.getAnnotation(PreAuthorize.class) != null
                    ? implementation.getAnnotation(PreAuthorize.class) : m.service().getAnnotation(PreAuthorize.class);
            assertThat(rule).as("@PreAuthorize on %s.%s", m.service().getSimpleName(), implementation.getName())
                    .isNotNull();
        }
        List<String> names = methods.stream().map(UseCaseMethod::name).toList();
        for (String target : MATRIX.targets("method")) {
            if (!names.contains(target)) {
                fail("access-matrix.tsv has a row for " + target + ", which is no use-case method (any more)");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyUseCaseMethodForEveryPersona() {
        TwoFirms firms = TwoFirms.of(context);
        return useCaseMethods(context).stream().flatMap(m -> Arrays.stream(Persona.values())
                .map(p -> DynamicTest.dynamicTest(m.name() + " as " + p, () -> check(m, p, firms))));
    }

    private void check(UseCaseMethod m, Persona persona, TwoFirms firms) {
        Row row = MATRIX.method(m.name()).orElseThrow(() -> new AssertionError(m.name()
                + " has no row in access-matrix.tsv"));
        Object bean = context.getBean(m.useCase());
        SharedContextSecurity.signIn(context, persona.authentication(firms));
        TenantContext.clear();
        Object result = null;
        Throwable thrown = null;
        try (TenantContext.Scope ignored = persona.firm(firms).map(TenantContext::enter).orElse(TenantContext::clear)) {
            result = m.method().invoke(bean, arguments(m.method(), persona.accountId(firms)));
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        boolean denied = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
        assertThat(denied ? "deny" : "allow").as("%s as %s (threw %s)", m.name(), persona, thrown)
                .isEqualTo(row.expected().get(persona));
        if (USE_CASES_WITH_FIRM_DATA.contains(m.name()) && !denied) {
            // the check below would pass vacuously on an empty answer
            assertThat(String.valueOf(result)).as("%s as %s returns the own firm's data", m.name(), persona)
                    .contains(persona.ownMarker(firms));
        }
        if (result != null) {
            for (String foreign : persona.foreignMarkers(firms)) {
                assertThat(String.valueOf(result)).as("%s as %s returns another firm's data", m.name(), persona)
                        .doesNotContain(foreign);
            }
        }
    }

    /**
     * Neutral arguments: zero or null, and for a command record its canonical constructor with the persona's own
     * account id (the second-factor rules compare it with the principal) and nulls elsewhere, when the record takes
     * that.
     */
    private static Object[] arguments(Method method, long ownAccountId) {
        return Arrays.stream(method.getParameterTypes()).map(t -> neutral(t, ownAccountId)).toArray();
    }

    private static Object neutral(Class<?> type, long ownAccountId) {
        if (type == long.class) {
            return ownAccountId;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> c.getType().isPrimitive()
                    ? neutral(c.getType(), ownAccountId) : null).toArray();
            try {
                return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)).newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
