//! Debian's nginx on a free port of 127.0.0.1, balancing (round robin) over
//! the given instances with server/deploy/nginx/senim-proxy.conf (and the
//! upstream and server settings of senim-site.conf that it needs), in a
//! directory of its own; stopped when dropped. For the two-instance test
//! and the load client.

use std::process::{Child, Command};
use std::time::Duration;

pub struct Nginx {
    pub base: String,
    child: Child,
    dir: tempfile::TempDir,
}

const PROXY_SETTINGS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../server/deploy/nginx/senim-proxy.conf"
);

fn binary() -> &'static str {
    if std::path::Path::new("/usr/sbin/nginx").exists() {
        "/usr/sbin/nginx"
    } else {
        "nginx"
    }
}

impl Nginx {
    /// `instances` are base addresses like `http://127.0.0.1:4000`.
    pub fn start(instances: &[&str]) -> Nginx {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path();
        // Workers run as an unprivileged user, who must reach their
        // temporary files.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let upstreams: String = instances
            .iter()
            .map(|base| format!("        server {};\n", base.trim_start_matches("http://")))
            .collect();
        let d = path.display();
        let config = format!(
            "daemon off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    access_log off;
    upstream senim {{
{upstreams}        keepalive 16;
        keepalive_timeout 4s;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_header_timeout 30s;
        include {PROXY_SETTINGS};
    }}
}}
"
        );
        let file = path.join("nginx.conf");
        std::fs::write(&file, config).unwrap();
        let child = Command::new(binary())
            .arg("-p")
            .arg(path)
            .arg("-e")
            .arg(path.join("error.log"))
            .arg("-c")
            .arg(&file)
            .spawn()
            .expect("nginx runs (Debian's nginx package; bash .ci/setup installs it)");
        let nginx = Nginx {
            base: format!("http://127.0.0.1:{port}"),
            child,
            dir,
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return nginx;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(nginx.dir.path().join("error.log"));
        panic!("nginx did not start: {}", log.unwrap_or_default());
    }
}

impl Drop for Nginx {
    /// A fast shutdown (SIGTERM), which stops the workers too.
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let _ = self.child.wait();
    }
}
