"""A one-node Slurm cluster started by the tests themselves (no systemd): munged, slurmctld and
slurmd on localhost, configured in a temporary folder (see docs/sweeps.md for the facts it rests on).
"""
import os
import shutil
import socket
import subprocess
import tempfile
import time

CONFIG = """ClusterName=paradiplo-test
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation={folder}/state
SlurmdSpoolDir={folder}/spool
SlurmctldPidFile={folder}/slurmctld.pid
SlurmdPidFile={folder}/slurmd.pid
SlurmctldLogFile={folder}/slurmctld.log
SlurmdLogFile={folder}/slurmd.log
SlurmctldPort={port}
SlurmdPort={slurmd_port}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=localhost NodeHostname={host} CPUs={cpus} State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:4
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OneNodeSlurm:
    """Context manager: starts the daemons, waits for the node to be idle, stops them by pid."""

    def __enter__(self):
        missing = [tool for tool in ("munged", "slurmctld", "slurmd", "sbatch", "sinfo") if not shutil.which(tool)]
        if missing:
            raise RuntimeError(f"Slurm test needs {missing}: run scripts/install-dependencies.sh --tests")
        self.folder = tempfile.mkdtemp(prefix="paradiplo-slurm-")
        os.makedirs(os.path.join(self.folder, "state"))
        os.makedirs(os.path.join(self.folder, "spool"))
        self.conf = os.path.join(self.folder, "slurm.conf")
        with open(self.conf, "w") as f:
            f.write(CONFIG.format(folder=self.folder, port=free_port(), slurmd_port=free_port(),
                                  host=socket.gethostname().split(".")[0], cpus=os.cpu_count()))
        self.env = dict(os.environ, SLURM_CONF=self.conf)
        self.pids = []
        self.start_munge()
        subprocess.run(["slurmctld", "-c", "-i"], env=self.env, check=True)
        subprocess.run(["slurmd", "-N", "localhost", "-c"], env=self.env, check=True)
        for name in ("slurmctld.pid", "slurmd.pid"):
            self.pids.append(self.wait_for_pid(os.path.join(self.folder, name)))
        deadline = time.time() + 60
        while True:
            state = subprocess.run(["sinfo", "-h", "-N", "-o", "%t"], env=self.env, capture_output=True,
                                   text=True).stdout.strip()
            if state == "idle":
                return self
            if time.time() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"the Slurm node did not become idle (state {state!r}); "
                                   f"see {self.folder}/slurmctld.log")
            time.sleep(0.5)

    def start_munge(self):
        if subprocess.run(["munge", "-n"], capture_output=True).returncode == 0:
            return  # a munged is already running
        if not os.path.exists("/etc/munge/munge.key"):
            subprocess.run(["mungekey", "--create"], check=True)
        os.makedirs("/run/munge", exist_ok=True)
        pid_file = os.path.join(self.folder, "munged.pid")
        subprocess.run(["munged", "--force", "--pid-file", pid_file], check=True)
        self.pids.append(self.wait_for_pid(pid_file))

    @staticmethod
    def wait_for_pid(path):
        deadline = time.time() + 30
        while True:
            if os.path.exists(path):
                with open(path) as f:
                    text = f.read().strip()
                if text:
                    return int(text)
            if time.time() > deadline:
                raise RuntimeError(f"no pid file {path}")
            time.sleep(0.1)

    def run(self, *args, **kwargs):
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True, **kwargs)

    def __exit__(self, *exc):
        for pid in reversed(self.pids):
            try:
                os.kill(pid, 15)
            except ProcessLookupError:
                pass
        for pid in self.pids:
            deadline = time.time() + 20
            while time.time() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)
        shutil.rmtree(self.folder, ignore_errors=True)
        return False
