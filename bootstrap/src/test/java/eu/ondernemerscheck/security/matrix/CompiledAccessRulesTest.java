package eu.ondernemerscheck.security.matrix;

import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.TwoFirms;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Method security compiles an access rule once it has run often (SecurityConfiguration); the access matrix calls each
 * method once per persona, so it only sees the interpreted rules. Here every rule on every use-case method, compiled,
 * decides as the interpreted rule does for every persona, and rules do compile.
 */
@IntegrationTest
class CompiledAccessRulesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MethodSecurityExpressionHandler handler;

    @Test
    void everyRuleDecidesTheSameCompiledAsInterpretedForEveryPersona() throws NoSuchMethodException {
        TwoFirms firms = TwoFirms.of(context);
        SpelExpressionParser interpreting = new SpelExpressionParser();
        int compiled = 0;
        for (ServiceAccessMatrixTest.UseCaseMethod m : ServiceAccessMatrixTest.useCaseMethods(context)) {
            Method implementation = m.service().getMethod(m.method().getName(), m.method().getParameterTypes());
            PreAuthorize rule = implementation.getAnnotation(PreAuthorize.class) != null
                    ? implementation.getAnnotation(PreAuthorize.class) : m.service().getAnnotation(PreAuthorize.class);
            Expression fast = handler.getExpressionParser().parseExpression(rule.value());
            Expression slow = interpreting.parseExpression(rule.value());
            MethodInvocation call = new SimpleMethodInvocation(context.getBean(m.useCase()), implementation,
                    new Object[implementation.getParameterCount()]);
            // SpEL compiles what it has evaluated once (it needs the types it met), so: once for every persona,
            // compile, then every persona again against the interpreted rule
            for (Persona persona : Persona.values()) {
                Authentication who = persona.authentication(firms);
                decision(fast, handler.createEvaluationContext(() -> who, call));
            }
            if (((SpelExpression) fast).compileExpression()) {
                compiled++;
            }
            for (Persona persona : Persona.values()) {
                Authentication who = persona.authentication(firms);
                assertThat(decision(fast, handler.createEvaluationContext(() -> who, call)))
                        .as("%s as %s: %s", m.name(), persona, rule.value())
                        .isEqualTo(decision(slow, handler.createEvaluationContext(() -> who, call)));
            }
        }
        assertThat(compiled).as("rules that compile").isPositive();
    }

    private static String decision(Expression rule, EvaluationContext context) {
        try {
            return String.valueOf(rule.getValue(context, Boolean.class));
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
