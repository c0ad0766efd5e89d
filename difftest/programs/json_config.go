// Loading a service configuration from JSON: defaults filled in before decoding (so absent
// keys keep them), durations and log levels through custom unmarshalers, nested and
// optional sections, unknown keys rejected, and validation of the result, over several
// config files including broken ones.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("bad duration %q: %w", s, err)
		}
		d.Duration = v
		return nil
	}
	var secs float64
	if err := json.Unmarshal(b, &secs); err != nil {
		return fmt.Errorf("duration must be a string or seconds, got %s", b)
	}
	d.Duration = time.Duration(secs * float64(time.Second))
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = map[string]Level{"debug": Debug, "info": Info, "warn": Warn, "error": Error}

func (l *Level) UnmarshalText(b []byte) error {
	v, ok := levelNames[strings.ToLower(string(b))]
	if !ok {
		return fmt.Errorf("unknown log level %q", b)
	}
	*l = v
	return nil
}

func (l Level) MarshalText() ([]byte, error) {
	for n, v := range levelNames {
		if v == l {
			return []byte(n), nil
		}
	}
	return nil, fmt.Errorf("level %d has no name", int(l))
}

type TLS struct {
	Cert string `json:"cert"`
	Key  string `json:"key"`
}

type Upstream struct {
	Name    string   `json:"name"`
	URL     string   `json:"url"`
	Weight  int      `json:"weight,omitempty"`
	Timeout Duration `json:"timeout"`
}

type Config struct {
	Listen    string            `json:"listen"`
	Port      int               `json:"port"`
	LogLevel  Level             `json:"log_level"`
	ReadTO    Duration          `json:"read_timeout"`
	TLS       *TLS              `json:"tls,omitempty"`
	Upstreams []Upstream        `json:"upstreams"`
	Headers   map[string]string `json:"headers,omitempty"`
	Features  map[string]bool   `json:"features"`
	MaxConns  uint16            `json:"max_conns"`
	Ratio     float64           `json:"ratio,string"`
}

func defaults() Config {
	return Config{
		Listen:   "0.0.0.0",
		Port:     8080,
		LogLevel: Info,
		ReadTO:   Duration{5 * time.Second},
		Features: map[string]bool{"gzip": true},
		MaxConns: 100,
		Ratio:    0.5,
	}
}

func (c *Config) validate() error {
	var errs []error
	if c.Port <= 0 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("port %d out of range", c.Port))
	}
	if c.TLS != nil && (c.TLS.Cert == "" || c.TLS.Key == "") {
		errs = append(errs, errors.New("tls needs both cert and key"))
	}
	seen := map[string]bool{}
	for i, u := range c.Upstreams {
		if u.Name == "" {
			errs = append(errs, fmt.Errorf("upstream %d has no name", i))
		}
		if seen[u.Name] {
			errs = append(errs, fmt.Errorf("duplicate upstream %q", u.Name))
		}
		seen[u.Name] = true
		if !strings.HasPrefix(u.URL, "http://") && !strings.HasPrefix(u.URL, "https://") {
			errs = append(errs, fmt.Errorf("upstream %q: bad url %q", u.Name, u.URL))
		}
	}
	return errors.Join(errs...)
}

func load(name, text string) {
	fmt.Printf("== %s\n", name)
	cfg := defaults()
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line := 1 + strings.Count(text[:se.Offset], "\n")
			fmt.Printf("syntax error on line %d (offset %d): %v\n", line, se.Offset, err)
		case errors.As(err, &te):
			fmt.Printf("wrong type for %s.%s: got %s, want %v\n", te.Struct, te.Field, te.Value, te.Type)
		default:
			fmt.Println("load error:", err)
		}
		return
	}
	if dec.More() {
		fmt.Println("warning: trailing data after the config")
	}
	if err := cfg.validate(); err != nil {
		fmt.Println("invalid config:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
		return
	}
	fmt.Printf("listen %s:%d level=%v read=%v conns=%d ratio=%g\n", cfg.Listen, cfg.Port, cfg.LogLevel, cfg.ReadTO, cfg.MaxConns, cfg.Ratio)
	for _, u := range cfg.Upstreams {
		fmt.Printf("  upstream %-6s %-28s w=%d timeout=%v\n", u.Name, u.URL, u.Weight, u.Timeout)
	}
	keys := make([]string, 0, len(cfg.Features))
	for k := range cfg.Features {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  feature %s=%v\n", k, cfg.Features[k])
	}
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	var compact bytes.Buffer
	json.Compact(&compact, out)
	fmt.Println(compact.String())
}

func main() {
	load("minimal", `{}`)
	load("full", `{
  "listen": "127.0.0.1",
  "port": 9443,
  "log_level": "DEBUG",
  "read_timeout": "1m30s",
  "tls": {"cert": "/etc/cert.pem", "key": "/etc/key.pem"},
  "upstreams": [
    {"name": "api", "url": "http://10.0.0.1:80", "weight": 3, "timeout": 2.5},
    {"name": "static", "url": "https://cdn.example.com", "timeout": "250ms"}
  ],
  "headers": {"X-Frame-Options": "DENY", "X-Trace": "<on>"},
  "features": {"gzip": false, "http2": true},
  "max_conns": 2048,
  "ratio": "0.75"
}`)
	load("syntax", "{\n  \"port\": 80,\n  \"listen\": \"a\"\n  \"tls\": {}\n}")
	load("type", `{"port": "eighty"}`)
	load("nested type", `{"upstreams": [{"name": "x", "url": "http://x", "weight": "heavy"}]}`)
	load("unknown key", `{"port": 1, "prot": 2}`)
	load("bad level", `{"log_level": "loud"}`)
	load("bad duration", `{"read_timeout": "soon"}`)
	load("duration type", `{"read_timeout": [1]}`)
	load("overflow", `{"max_conns": 70000}`)
	load("ratio unquoted", `{"ratio": 0.75}`)
	load("invalid", `{"port": 70000, "tls": {"cert": "c"}, "upstreams": [{"name": "a", "url": "ftp://a"}, {"name": "a", "url": "http://b"}, {"url": "http://c"}]}`)
	load("trailing", `{"port": 81} {"port": 82}`)
	load("truncated", `{"port": 81, "upstreams": [`)
}
