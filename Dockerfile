FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.txt .
# torch's CPU wheels: the default index would bring a CUDA build of several GB.
RUN pip install --extra-index-url https://download.pytorch.org/whl/cpu -r requirements.txt
COPY . .
RUN DATABASE_URL=sqlite:////tmp/build.sqlite3 python manage.py collectstatic --noinput
RUN useradd --system newsmap && mkdir -p /app/var && chown newsmap /app/var
USER newsmap
EXPOSE 8000
CMD ["gunicorn", "newsmap.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
