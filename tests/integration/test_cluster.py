"""Sweeps on the engines clusters run: a Slurm job array on a one-node Slurm started here, and
OpenMPI ranks under mpirun. Both must give the data of the local sweep, bit for bit.

Run by ctest (as root, like CI) with Debian's /usr/bin/python3 after
`scripts/install-dependencies.sh --tests`; the MPI test runs when paradiplo was built with MPI.
"""
import os
import subprocess
import tempfile
import unittest

import h5py

from one_node_slurm import OneNodeSlurm
from paradiplo_testing import EXE, SMALL_SWEEP, assert_same_data, run

WITH_MPI = os.environ.get("PARADIPLO_WITH_MPI") == "1"


class ClusterTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.local = os.path.join(cls.folder.name, "local.h5")
        run("sweep", SMALL_SWEEP, "-o", cls.local, "-q")

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_slurm_job_array_then_merge_equals_the_local_sweep(self):
        folder = self.folder.name
        out = os.path.join(folder, "slurm", "sweep.h5")
        scripts = os.path.join(folder, "slurm", "jobs")
        emitted = run("sweep", SMALL_SWEEP, "-o", out, "--emit-slurm", scripts, "--tasks", "4")
        self.assertIn("submit.sh", emitted.stdout)
        with open(os.path.join(scripts, "array.sbatch")) as f:
            array = f.read()
        self.assertIn("#SBATCH --array=0-3", array)
        self.assertIn("%A_%a.out", array)
        self.assertIn("--resume", array)
        self.assertEqual(subprocess.run(["sh", "-n", os.path.join(scripts, "submit.sh")]).returncode, 0)
        with OneNodeSlurm() as slurm:
            submitted = slurm.run("sbatch", "--wait", os.path.join(scripts, "array.sbatch"), timeout=900)
            logs = sorted(os.listdir(os.path.join(scripts, "logs")))
            self.assertEqual(submitted.returncode, 0, submitted.stderr)
            self.assertEqual(len(logs), 4, logs)
            for k in range(4):
                with h5py.File(os.path.join(folder, "slurm", f"sweep.shard-{k}.h5"), "r") as shard:
                    self.assertEqual(shard.attrs["complete"], 1)
                    self.assertEqual(list(shard["run"][...]), list(range(k, 24, 4)))
            merged = slurm.run("sbatch", "--wait", os.path.join(scripts, "merge.sbatch"), timeout=600)
            self.assertEqual(merged.returncode, 0, merged.stderr)
        assert_same_data(self, self.local, out)

    @unittest.skipUnless(WITH_MPI, "paradiplo was built without MPI")
    def test_mpirun_ranks_share_the_runs_and_give_the_local_sweep(self):
        out = os.path.join(self.folder.name, "mpi.h5")
        env = dict(os.environ, OMPI_MCA_plm="^rsh", OMPI_MCA_btl_vader_single_copy_mechanism="none",
                   OMPI_MCA_rmaps_base_oversubscribe="1")
        result = subprocess.run(["mpirun", "-np", "3", "--oversubscribe", "--allow-run-as-root",
                                 EXE, "sweep", SMALL_SWEEP, "-o", out],
                                env=env, capture_output=True, text=True, timeout=900)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("24 run(s) on 3 MPI ranks", result.stdout)
        with h5py.File(out, "r") as f:
            self.assertEqual(f.attrs["mpi_ranks"], 3)
        assert_same_data(self, self.local, out)


if __name__ == "__main__":
    unittest.main()
