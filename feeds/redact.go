package feeds

import (
	"net/url"
	"strings"

	"github.com/warroom-dev/warroom/sanitize"
)

// RedactURL returns u safe to show: no user info, and the values of query
// parameters that look like credentials replaced by "redacted".
func RedactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return sanitize.Text(u, 200)
	}
	p.User = nil
	q := p.Query()
	changed := false
	for k := range q {
		if isSecretParam(k) {
			q.Set(k, "redacted")
			changed = true
		}
	}
	if changed {
		p.RawQuery = q.Encode()
	}
	return sanitize.Text(p.String(), 2048)
}

func isSecretParam(k string) bool {
	k = strings.ToLower(k)
	for _, s := range []string{"token", "key", "secret", "auth", "password", "sig"} {
		if strings.Contains(k, s) {
			return true
		}
	}
	return false
}
