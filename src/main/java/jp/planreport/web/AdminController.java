package jp.planreport.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.planreport.model.Role;
import jp.planreport.service.Accounts;

/** アカウント管理 (admin): the same rules as {@code bin/plan-report user}. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class AdminController {

    private final Accounts accounts;

    AdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "accounts";
    }

    @PostMapping("/admin/accounts")
    String add(@RequestParam String login, @RequestParam String role, @RequestParam(required = false) String department,
               @RequestParam(required = false) String displayName, @RequestParam String password,
               @AuthenticationPrincipal PortalUser me, RedirectAttributes next) {
        try {
            Role parsed = Role.parse(role).orElseThrow(() -> new Accounts.Refused("役割を選んでください。"));
            accounts.add(login, parsed, parsed == Role.DEPARTMENT ? department : null, displayName, password, me.login());
            next.addFlashAttribute("done", "アカウント「" + login.strip() + "」を追加しました。");
        } catch (Accounts.Refused e) {
            next.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{login}/enabled")
    String enabled(@PathVariable String login, @RequestParam boolean enabled, @AuthenticationPrincipal PortalUser me,
                   RedirectAttributes next) {
        try {
            if (!enabled && login.equals(me.login())) {
                throw new Accounts.Refused("自分のアカウントは無効にできません。");
            }
            accounts.setEnabled(login, enabled, me.login());
            next.addFlashAttribute("done", "アカウント「" + login + "」を" + (enabled ? "有効" : "無効") + "にしました。");
        } catch (Accounts.Refused e) {
            next.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/password")
    String password(@RequestParam String login, @RequestParam String password, @AuthenticationPrincipal PortalUser me,
                    RedirectAttributes next) {
        try {
            accounts.setPassword(login, password, me.login());
            next.addFlashAttribute("done", "アカウント「" + login + "」のパスワードを変更しました。");
        } catch (Accounts.Refused e) {
            next.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}
