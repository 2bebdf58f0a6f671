package org.dossier.search.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security takes the form it posts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "system/login";
    }
}
