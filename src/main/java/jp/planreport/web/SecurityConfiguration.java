package jp.planreport.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jp.planreport.config.DirectoryProperties;
import jp.planreport.service.Accounts;

/**
 * Who may reach what. Pages: a form sign-in with CSRF on every form, a session that times out; the
 * API: HTTP Basic, no session, no CSRF (no browser cookie reaches it). Every response carries a
 * content security policy without inline script and forbids framing. Which department's data a
 * person may see is checked in the controllers ({@link PortalUser#maySee}), on every request.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** who may see plans at all: the caretaker (管理) manages accounts only */
    private static final String[] PLAN_ROLES = {"OFFICE", "DEPARTMENT"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(PLAN_ROLES))
                .httpBasic(b -> b.realmName("plan-report"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/").authenticated()
                        .anyRequest().hasAnyRole(PLAN_ROLES))
                .formLogin(f -> f.loginPage("/login").failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Local accounts, and the city's directory when configured; sign-in events go to
     * {@link SignInEvents} whichever answered.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, DirectoryProperties directory,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider local = new DaoAuthenticationProvider(users);
        local.setPasswordEncoder(encoder);
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(local));
        if (directory.enabled()) {
            providers.add(DirectorySignIn.provider(directory));
        }
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    UserDetailsService accountsAsUsers(Accounts accounts) {
        return login -> accounts.find(login)
                .map(a -> new PortalUser(a.login(), a.passwordHash() == null ? "" : a.passwordHash(), a.role(), a.department(),
                        a.displayName(), a.enabled(), a.lockedAt(Instant.now())))
                .orElseThrow(() -> new UsernameNotFoundException(login));
    }

    @Bean
    PasswordEncoder passwordEncoder(Accounts accounts) {
        return accounts.encoder();
    }

    /** Counts sign-ins: repeated failures lock the account for a while ({@link Accounts#LOCK_AFTER}). */
    @Configuration
    static class SignInEvents {

        private final Accounts accounts;

        SignInEvents(Accounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
                accounts.signedIn(user.login());
            }
        }

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            accounts.failedSignIn(String.valueOf(event.getAuthentication().getName()));
        }
    }
}
