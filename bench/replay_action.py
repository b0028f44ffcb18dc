"""Replays the steps of a composite GitHub Action (.github/actions/filinglint/action.yml) on this machine, in order,
as a runner would run them, and times each step. Run through bench/replay-action.sh.

  python3 bench/replay_action.py ACTION_DIR WORKSPACE CACHE_DIR RUNNER_TEMP [--input NAME=VALUE]... [--json FILE]

- `run:` steps run as the runner runs them (`bash --noprofile --norc -eo pipefail FILE`), in WORKSPACE, with the
  runner's variables (GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH) and
  their `env:`; `if:` and `${{ }}` are evaluated for the expressions the action uses (anything else is an error, so the
  replay cannot silently drift from the action).
- actions/cache/restore: restores `path` from CACHE_DIR/KEY.tar when that exists (cache-hit=true);
  actions/cache/save writes `path` there. The network transfer of the real cache service is not part of the figure.
- actions/setup-dotnet: not run; the .NET SDK asked for must already be on the machine (checked).
- actions/upload-artifact: not run (it uploads the report; nothing of the lint depends on it).
"""
import json
import os
import platform
import re
import subprocess
import sys
import tarfile
import time

import yaml


def main():
    args = sys.argv[1:]
    inputs_given, out_json = {}, None
    positional = []
    i = 0
    while i < len(args):
        if args[i] == "--input":
            name, _, value = args[i + 1].partition("=")
            inputs_given[name] = value
            i += 2
        elif args[i] == "--json":
            out_json = args[i + 1]
            i += 2
        else:
            positional.append(args[i])
            i += 1
    action_dir, workspace, cache_dir, runner_temp = (os.path.abspath(p) for p in positional)
    with open(os.path.join(action_dir, "action.yml")) as f:
        action = yaml.safe_load(f)
    inputs = {name: str(spec.get("default", "")) for name, spec in (action.get("inputs") or {}).items()}
    for name, value in inputs_given.items():
        if name not in inputs:
            raise SystemExit(f"the action has no input '{name}'")
        inputs[name] = value

    os.makedirs(runner_temp, exist_ok=True)
    os.makedirs(cache_dir, exist_ok=True)
    machine = {"x86_64": "X64", "aarch64": "ARM64", "arm64": "ARM64"}[platform.machine()]
    runner = {"temp": runner_temp, "os": {"Linux": "Linux", "Darwin": "macOS"}[platform.system()], "arch": machine}
    steps_out = {}
    summary = os.path.join(runner_temp, "step-summary.md")
    results = []

    def evaluate(expr):
        expr = expr.strip()
        m = re.fullmatch(r"inputs\.([\w-]+)", expr)
        if m:
            return inputs[m.group(1)]
        m = re.fullmatch(r"runner\.(temp|os|arch)", expr)
        if m:
            return runner[m.group(1)]
        m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr)
        if m:
            return steps_out.get(m.group(1), {}).get(m.group(2), "")
        if expr == "github.action_path":
            return action_dir
        raise SystemExit(f"the replay does not know the expression '{expr}': teach bench/replay_action.py")

    def substitute(text):
        return re.sub(r"\$\{\{(.*?)\}\}", lambda m: evaluate(m.group(1)), str(text))

    def condition(expr):
        if expr is None:
            return True
        expr = str(expr).strip()
        if expr.startswith("${{") and expr.endswith("}}"):
            expr = expr[3:-2].strip()
        if expr == "always()":
            return True
        m = re.fullmatch(r"(.+?)\s*(==|!=)\s*'([^']*)'", expr)
        if m:
            value = evaluate(m.group(1))
            return (value == m.group(3)) == (m.group(2) == "==")
        raise SystemExit(f"the replay does not know the condition '{expr}': teach bench/replay_action.py")

    dotnet_wanted = None
    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("name") or step.get("uses") or f"step {index + 1}"
        if not condition(step.get("if")):
            results.append({"step": name, "seconds": 0.0, "ran": False, "note": "skipped by its if:"})
            continue
        started = time.monotonic()
        note = ""
        outputs = {}
        uses = step.get("uses")
        if uses:
            with_ = {k: substitute(v) for k, v in (step.get("with") or {}).items()}
            if uses.startswith("actions/setup-dotnet@"):
                dotnet_wanted = with_["dotnet-version"]
                version = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=True).stdout.strip()
                prefix = dotnet_wanted.split(".x")[0]
                if not version.startswith(prefix + "."):
                    raise SystemExit(f"setup-dotnet asks for {dotnet_wanted}; this machine has {version}")
                note = f"not run: .NET SDK {version} is installed"
                elapsed = 0.0
            elif uses.startswith("actions/cache/restore@"):
                path, key = with_["path"], with_["key"]
                tar = os.path.join(cache_dir, key + ".tar")
                outputs["cache-primary-key"] = key
                if os.path.exists(tar):
                    with tarfile.open(tar) as t:
                        t.extractall(os.path.dirname(path), filter="tar")
                    outputs["cache-hit"] = "true"
                    note = f"hit: {key}"
                else:
                    outputs["cache-hit"] = "false"
                    note = f"miss: {key}"
                elapsed = time.monotonic() - started
            elif uses.startswith("actions/cache/save@"):
                path, key = with_["path"], with_["key"]
                tar = os.path.join(cache_dir, key + ".tar")
                with tarfile.open(tar + ".part", "w") as t:
                    t.add(path, arcname=os.path.basename(path))
                os.replace(tar + ".part", tar)
                note = f"saved: {key}"
                elapsed = time.monotonic() - started
            elif uses.startswith("actions/upload-artifact@"):
                note = "not run: uploads the report"
                elapsed = 0.0
            else:
                raise SystemExit(f"the replay does not know the action '{uses}': teach bench/replay_action.py")
            results.append({"step": name, "seconds": elapsed, "ran": not note.startswith("not run"), "note": note})
        else:
            script = os.path.join(runner_temp, f"step-{index}.sh")
            with open(script, "w") as f:
                f.write(substitute(step["run"]))
            output_file = os.path.join(runner_temp, f"step-{index}.output")
            open(output_file, "w").close()
            env = dict(os.environ)
            env.update({k: substitute(v) for k, v in (step.get("env") or {}).items()})
            env.update({
                "GITHUB_ACTION_PATH": action_dir, "GITHUB_OUTPUT": output_file, "GITHUB_STEP_SUMMARY": summary,
                "GITHUB_WORKSPACE": workspace, "GITHUB_ACTIONS": "true", "RUNNER_TEMP": runner_temp,
                "RUNNER_OS": runner["os"], "RUNNER_ARCH": runner["arch"],
            })
            log = os.path.join(runner_temp, f"step-{index}.log")
            with open(log, "w") as out:
                p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workspace, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
            elapsed = time.monotonic() - started
            with open(output_file) as f:
                for line in f:
                    k, sep, v = line.rstrip("\n").partition("=")
                    if sep:
                        outputs[k] = v
            results.append({"step": name, "seconds": elapsed, "ran": True, "exit": p.returncode, "log": log})
            if p.returncode != 0:
                # The action's own verdict (its last step fails on findings) ends the job as it would on a runner;
                # any other step failing is a broken replay, not a figure.
                if index < len(action["runs"]["steps"]) - 1:
                    with open(log) as f:
                        sys.stderr.write(f.read())
                    raise SystemExit(f"step '{name}' failed with exit {p.returncode} (log: {log})")
        if step.get("id"):
            steps_out[step["id"]] = outputs

    report = {"steps": results, "total": sum(r["seconds"] for r in results), "outputs": steps_out}
    for r in results:
        print(f"{r['seconds']:8.2f} s  {r['step']}" + (f"  ({r['note']})" if r.get("note") else ""))
    print(f"{report['total']:8.2f} s  all steps")
    if out_json:
        with open(out_json, "w") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
