"""Print every finished face swap with its video, newest first, across all pages."""

from a2e import A2E

client = A2E()
finished = 0
for task in client.face_swap.list_all(page_size=50):
    if task.current_status == "completed" and task.result_url:
        print(task.id, task.name or "(no name)", task.result_url)
        finished += 1
print(f"{finished} finished")
